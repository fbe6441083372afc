// Presentation only: orders the page of sites the API returned by how far away they are.
const EARTH_RADIUS_M = 6_371_000;
const rad = (deg: number) => (deg * Math.PI) / 180;

export interface Point {
  latitude: number;
  longitude: number;
}

/** Great-circle distance in metres (haversine); ample for "which site is nearest". */
export function distanceMetres(a: Point, b: Point): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLng = rad(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
}

/** Nearest first when the position is known; otherwise the API's order. */
export function byDistance<T extends Point>(
  sites: T[],
  here: Point | undefined,
): (T & { distance?: number })[] {
  if (!here) return sites;
  return sites
    .map((s) => ({ ...s, distance: distanceMetres(here, s) }))
    .sort((a, b) => a.distance - b.distance);
}
