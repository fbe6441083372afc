import { type MouseEvent, useRef } from "react";
import { useTranslation } from "react-i18next";
import { MapTiles, TILE_URL } from "../map/map-tiles.tsx";
import { fitProjection } from "../map/project.ts";

const WIDTH = 360;
const HEIGHT = 300;

export interface MapSite {
  id: string;
  name: string;
  latitude: number;
  longitude: number;
}

/**
 * The city's sites drawn from their coordinates, as on the staff map (no map library or tile
 * server needed): a tap anywhere places the problem there, a tap on a site's point also
 * chooses that site. Each point is a button, so the keyboard chooses sites too.
 */
export default function ReportMap({
  sites,
  picked,
  onPick,
  onSite,
}: {
  sites: MapSite[];
  picked: { latitude: number; longitude: number } | null;
  onPick: (p: { latitude: number; longitude: number }) => void;
  onSite: (site: MapSite) => void;
}) {
  const { t } = useTranslation();
  const svg = useRef<SVGSVGElement>(null);
  if (sites.length === 0) return null;
  const projection = fitProjection(sites, WIDTH, HEIGHT, 24);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const tap = (event: MouseEvent<SVGSVGElement>) => {
    const box = svg.current?.getBoundingClientRect();
    if (!box || box.width === 0) return;
    const x = ((event.clientX - box.left) / box.width) * WIDTH;
    const y = ((event.clientY - box.top) / box.height) * HEIGHT;
    const at = projection.unproject(x, y);
    onPick({ latitude: round(at.latitude), longitude: round(at.longitude) });
  };
  const pin = picked ? projection.project(picked.latitude, picked.longitude) : null;
  return (
    <fieldset className="report-map-box" data-testid="report-map">
      <legend className="report-map-legend">{t("report.mapTitle")}</legend>
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: the points are buttons for the keyboard; a tap between them is a pointer's extra */}
      <svg ref={svg} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="report-map" onClick={tap}>
        <title>{t("report.mapTitle")}</title>
        {TILE_URL && <MapTiles url={TILE_URL} projection={projection} />}
        {sites.map((site) => {
          const { x, y } = projection.project(site.latitude, site.longitude);
          const choose = () => onSite(site);
          return (
            // biome-ignore lint/a11y/useSemanticElements: an SVG point cannot be a <button>; it acts as one
            <g
              key={site.id}
              role="button"
              tabIndex={0}
              aria-label={t("report.sitePoint", { name: site.name })}
              data-testid="report-map-site"
              data-site={site.id}
              onClick={(e) => {
                // The site's own position, not the tap's a few pixels off it.
                e.stopPropagation();
                choose();
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  choose();
                }
              }}
            >
              <circle cx={x} cy={y} r={7} fill="#0958d9" stroke="#fff" strokeWidth={2} />
            </g>
          );
        })}
        {pin && (
          <circle
            cx={pin.x}
            cy={pin.y}
            r={9}
            fill="none"
            stroke="#b42318"
            strokeWidth={3}
            data-testid="report-map-pin"
          />
        )}
      </svg>
    </fieldset>
  );
}
