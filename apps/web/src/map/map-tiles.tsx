import type { Projection } from "./project.ts";

// Optional background, configured at build time. Offline networks leave it unset: the map
// then draws only the sites, which is all it needs.
export const TILE_URL: string | undefined = import.meta.env.VITE_MAP_TILE_URL || undefined;

const tileX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const tileY = (lat: number, z: number) => {
  const r = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
};
const tileLon = (x: number, z: number) => (x / 2 ** z) * 360 - 180;
const tileLat = (y: number, z: number) =>
  (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 2 ** z))) * 180) / Math.PI;

/** XYZ tiles ({z}/{x}/{y}) under the drawing, at the zoom where a tile is about 256 units wide. */
export function MapTiles({ url, projection }: { url: string; projection: Projection }) {
  const { west, east, south, north } = projection.bounds;
  const z = Math.max(
    0,
    Math.min(18, Math.round(Math.log2((360 * projection.width) / 256 / (east - west)))),
  );
  const tiles: { x: number; y: number }[] = [];
  for (let x = tileX(west, z); x <= tileX(east, z); x++)
    for (let y = tileY(north, z); y <= tileY(south, z); y++) tiles.push({ x, y });
  if (tiles.length > 64) return null; // a misconfigured zoom must not fire hundreds of requests
  return (
    <g opacity={0.6}>
      {tiles.map(({ x, y }) => {
        const a = projection.project(tileLat(y, z), tileLon(x, z));
        const b = projection.project(tileLat(y + 1, z), tileLon(x + 1, z));
        const href = url
          .replace("{z}", String(z))
          .replace("{x}", String(x))
          .replace("{y}", String(y));
        return (
          <image
            key={`${x}-${y}`}
            href={href}
            x={a.x}
            y={a.y}
            width={b.x - a.x}
            height={b.y - a.y}
            preserveAspectRatio="none"
          />
        );
      })}
    </g>
  );
}
