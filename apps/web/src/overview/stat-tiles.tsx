import type { OverviewFilters, OverviewTiles } from "@cw/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLanguage } from "../i18n/use-language.ts";
import { formatNumber, formatShare } from "../lib/format.ts";
import { drillHref } from "./drill-down.ts";

function Tile(props: {
  label: string;
  value: string;
  detail?: ReactNode;
  href?: string;
  tone?: "danger";
  testId: string;
}) {
  const value = <span className={`tile-value ${props.tone ?? ""}`}>{props.value}</span>;
  return (
    <div className="card tile" data-testid={props.testId}>
      <div className="tile-label">{props.label}</div>
      {props.href ? <Link to={props.href}>{value}</Link> : value}
      {props.detail && <div className="tile-detail">{props.detail}</div>}
    </div>
  );
}

/** The headline numbers; open and overdue open the lists behind them. */
export function StatTiles({ tiles, filters }: { tiles: OverviewTiles; filters: OverviewFilters }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const n = (value: number) => formatNumber(value, language);
  return (
    <section aria-label={t("overview.tiles")}>
      <div className="tiles">
        <Tile label={t("overview.sites")} value={n(tiles.siteCount)} testId="tile-sites" />
        <Tile
          label={t("overview.openFindings")}
          value={n(tiles.openFindings)}
          href={drillHref(filters, { open: true })}
          testId="tile-open"
        />
        <Tile
          label={t("overview.overdue")}
          value={n(tiles.overdueFindings)}
          detail={t("overview.overdueShare", { share: formatShare(tiles.overdueShare, language) })}
          href={drillHref(filters, { timing: "overdue" })}
          tone="danger"
          testId="tile-overdue"
        />
        <Tile
          label={t("overview.onTime")}
          value={formatShare(tiles.onTimeShare, language)}
          detail={t("overview.onTimeDetail", {
            closed: n(tiles.closedOnTime),
            judged: n(tiles.judgedTasks),
          })}
          testId="tile-on-time"
        />
        <Tile
          label={t("overview.medianDays")}
          value={
            tiles.medianDaysToClose === null
              ? "—"
              : t("overview.medianDaysValue", {
                  days: formatNumber(tiles.medianDaysToClose, language, 1),
                })
          }
          detail={t("overview.medianDetail", { count: tiles.closedTasks })}
          testId="tile-median-days"
        />
      </div>
      {/* The definition stays visible: "on time" is the number leaders argue about. */}
      <p className="muted footnote">{t("overview.onTimeHelp")}</p>
    </section>
  );
}
