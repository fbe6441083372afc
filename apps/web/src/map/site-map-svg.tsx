import type { SiteMapPoint } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { MapTiles, TILE_URL } from "./map-tiles.tsx";
import { fitProjection } from "./project.ts";
import { colorOf, siteTasksHref } from "./warning-colors.ts";

const WIDTH = 960;
const HEIGHT = 640;

/** The sites drawn from their coordinates; each point is a link to its open tasks. */
export function SiteMapSvg({ sites }: { sites: SiteMapPoint[] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const projection = fitProjection(sites, WIDTH, HEIGHT);
  // Worst drawn last, so a red point is never hidden under a green one.
  const rank = { red: 3, yellow: 2, blue: 1 } as const;
  const ordered = [...sites].sort(
    (a, b) => (a.worst ? rank[a.worst] : 0) - (b.worst ? rank[b.worst] : 0),
  );
  return (
    <figure style={{ margin: 0 }}>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        style={{
          width: "100%",
          height: "auto",
          background: "#f6f8fa",
          border: "1px solid #d0d7de",
        }}
        data-testid="site-map"
      >
        <title>{t("map.drawing", { count: sites.length })}</title>
        {TILE_URL && <MapTiles url={TILE_URL} projection={projection} />}
        {ordered.map((site) => {
          const { x, y } = projection.project(site.latitude, site.longitude);
          const href = siteTasksHref(site);
          const label = t("map.siteLabel", {
            name: site.name,
            type: site.siteTypeName,
            open: site.open,
            status: t(`map.level.${site.worst ?? "none"}`),
          });
          return (
            <a
              key={site.id}
              href={href}
              aria-label={label}
              className="map-site"
              data-testid="map-site"
              data-worst={site.worst ?? "none"}
              onClick={(event) => {
                if (event.ctrlKey || event.metaKey || event.shiftKey) return;
                event.preventDefault();
                void navigate(href);
              }}
            >
              <title>{label}</title>
              <circle
                cx={x}
                cy={y}
                r={8}
                fill={colorOf(site.worst)}
                stroke="#fff"
                strokeWidth={2}
              />
              <text
                x={x + 11}
                y={y + 4}
                fontSize={12}
                fill="#1f2328"
                paintOrder="stroke"
                stroke="#fff"
                strokeWidth={3}
              >
                {site.name}
              </text>
            </a>
          );
        })}
      </svg>
    </figure>
  );
}
