import { useTranslation } from "react-i18next";
import { LEGEND_ORDER, WARNING_COLORS } from "./warning-colors.ts";

/** What each colour means, with how many of the shown sites have it. */
export function MapLegend({ counts }: { counts: Record<(typeof LEGEND_ORDER)[number], number> }) {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend" aria-label={t("map.legend")} data-testid="map-legend">
      {LEGEND_ORDER.map((level) => (
        <li key={level}>
          <span
            className="swatch"
            style={{ background: WARNING_COLORS[level], borderRadius: "50%" }}
            aria-hidden="true"
          />
          {t("format.withNote", { text: t(`map.level.${level}`), note: counts[level] })}
        </li>
      ))}
    </ul>
  );
}
