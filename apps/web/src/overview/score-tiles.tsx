import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ScoreOverview } from "../assessment/api-types.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { formatNumber } from "../lib/format.ts";

/** Projected score per system against its target, the city total with the Minors' gate, the cycle. */
export function ScoreTiles({ data }: { data: ScoreOverview }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const n = (value: number) => formatNumber(value, language, 1);
  const { cityTotal, cycle } = data;
  return (
    <div className="tiles">
      {data.systems.map(({ system, total, target }) => (
        <div key={system.id} className="card tile" data-testid="score-tile">
          <div className="tile-label">
            <Link to={`/assessment?systemId=${system.id}`}>{system.name}</Link>
            {system.isSample && <Tag style={{ marginLeft: 6 }}>{t("scores.sample")}</Tag>}
          </div>
          <span className={`tile-value ${total < target ? "danger" : ""}`}>{n(total)}</span>
          <div className="tile-detail">
            {t("scores.target", { target: n(target) })} ·{" "}
            {total < target ? t("scores.belowTarget") : t("scores.meetsTarget")}
          </div>
        </div>
      ))}
      {cityTotal && (
        <div className="card tile" data-testid="score-city-total">
          <div className="tile-label">{t("scores.cityTotal")}</div>
          <span className="tile-value">{n(cityTotal.total)}</span>
          <div className="tile-detail">
            {cityTotal.eligible === null
              ? t("scores.gateUnknown", { gate: n(cityTotal.minorsGate) })
              : cityTotal.eligible
                ? t("scores.gatePassed", { gate: n(cityTotal.minorsGate) })
                : t("scores.gateFailed", { gate: n(cityTotal.minorsGate) })}
          </div>
        </div>
      )}
      {cycle && (
        <div className="card tile" data-testid="score-cycle">
          <div className="tile-label">{t("scores.cycle")}</div>
          <span className="tile-value">{n(cycle.total)}</span>
          <div className="tile-detail">
            {cycle.years
              .map((y) =>
                t(y.source === "snapshot" ? "scores.yearSnapshot" : "scores.yearProjected", {
                  year: y.year,
                  score: n(y.score),
                }),
              )
              .join(" · ")}
          </div>
        </div>
      )}
    </div>
  );
}
