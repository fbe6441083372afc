import type { OverviewFilters, RankedUnitRow } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, LabelList, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { useLanguage } from "../i18n/use-language.ts";
import { formatShare } from "../lib/format.ts";
import { COLORS } from "./chart-colors.ts";
import { useDrillShape } from "./drill-bar.tsx";
import { drillHref } from "./drill-down.ts";

type Mode = "onTime" | "overdue";
type Row = RankedUnitRow & { label: string; value: number; text: string };

/**
 * Units in the server's ranked order, one horizontal bar each: on-time share or overdue
 * count. Ranks come from the server; unranked units (too few tasks) are grey and say so.
 */
export function UnitRankingChart({
  units,
  mode,
  filters,
}: {
  units: RankedUnitRow[];
  mode: Mode;
  filters: OverviewFilters;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rank = (u: RankedUnitRow) => (mode === "onTime" ? u.onTimeRank : u.overdueRank);
  const data: Row[] = units.map((u) => {
    const r = rank(u);
    return {
      ...u,
      label:
        r === null
          ? t("overview.unranked", { name: u.unitName })
          : t("overview.rankedName", { rank: r, name: u.unitName }),
      value: mode === "onTime" ? (u.onTimeShare ?? 0) : u.overdue,
      // A unit with nothing due yet has no share: "—", not 0%.
      text: mode === "onTime" ? formatShare(u.onTimeShare, language) : String(u.overdue),
    };
  });
  const series = mode === "onTime" ? t("overview.onTimeShare") : t("overview.overdueTasks");
  const shape = useDrillShape((row: Row) => ({
    // On time: every task of the unit; overdue: its overdue tasks.
    href: drillHref(filters, {
      unitId: row.unitId,
      ...(mode === "overdue" ? { timing: "overdue" as const } : {}),
    }),
    label: t("overview.barLabel", { series, name: row.label, value: row.text }),
    key: row.unitId,
    fill: rank(row) === null ? COLORS.unranked : mode === "onTime" ? COLORS.onTime : COLORS.overdue,
  }));
  const height = 40 + data.length * 32;
  // Wide enough for the longest unit name (about 13 px a character at 12 px), within reason.
  const labelWidth = Math.min(300, 16 + 13 * Math.max(...data.map((d) => d.label.length)));
  return (
    <div
      className="chart"
      data-testid={mode === "onTime" ? "chart-units-on-time" : "chart-units-overdue"}
    >
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }}>
          <XAxis
            type="number"
            allowDecimals={false}
            {...(mode === "onTime"
              ? { domain: [0, 1], tickFormatter: (v: number) => formatShare(v, language) }
              : {})}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={labelWidth}
            interval={0}
            tick={{ fontSize: 12 }}
          />
          <Bar dataKey="value" name={series} shape={shape} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
