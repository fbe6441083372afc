/** A point on the drawing, in SVG units. */
export interface Xy {
  x: number;
  y: number;
}

export interface Projection {
  width: number;
  height: number;
  project: (latitude: number, longitude: number) => Xy;
  /** The latitude and longitude under an SVG point (a tap on the drawing). */
  unproject: (x: number, y: number) => { latitude: number; longitude: number };
  /** The longitude/latitude under an SVG point (for placing background tiles). */
  bounds: { west: number; east: number; south: number; north: number };
}

/**
 * Equirectangular around the sites' centre: longitude scaled by cos(centre latitude), so a
 * city-sized area keeps its shape (and matches Web Mercator tiles up to a uniform scale).
 * No tile server or map library is needed: the machines are often offline.
 */
export function fitProjection(
  points: readonly { latitude: number; longitude: number }[],
  width: number,
  height: number,
  padding = 40,
): Projection {
  const lats = points.map((p) => p.latitude);
  const lons = points.map((p) => p.longitude);
  const south = Math.min(...lats);
  const north = Math.max(...lats);
  const west = Math.min(...lons);
  const east = Math.max(...lons);
  const lat0 = (south + north) / 2;
  const lon0 = (west + east) / 2;
  const k = Math.cos((lat0 * Math.PI) / 180);
  // One site (or all at one spot) still needs a scale: show about a kilometre around it.
  const spanX = Math.max((east - west) * k, 0.01);
  const spanY = Math.max(north - south, 0.01);
  const scale = Math.min((width - 2 * padding) / spanX, (height - 2 * padding) / spanY);
  const project = (latitude: number, longitude: number): Xy => ({
    x: width / 2 + (longitude - lon0) * k * scale,
    y: height / 2 - (latitude - lat0) * scale,
  });
  const unproject = (x: number, y: number) => ({
    latitude: lat0 - (y - height / 2) / scale,
    longitude: lon0 + (x - width / 2) / (k * scale),
  });
  return {
    width,
    height,
    project,
    unproject,
    bounds: {
      west: lon0 - width / 2 / (k * scale),
      east: lon0 + width / 2 / (k * scale),
      south: lat0 - height / 2 / scale,
      north: lat0 + height / 2 / scale,
    },
  };
}
