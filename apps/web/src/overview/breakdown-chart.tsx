import type { OverviewFilters } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { TaskListFilters } from "../tasks/task-list-href.ts";
import { COLORS, hideZero } from "./chart-colors.ts";
import { ChartLegend } from "./chart-legend.tsx";
import { useDrillShape } from "./drill-bar.tsx";
import { drillHref } from "./drill-down.ts";

export interface BreakdownRow {
  key: string;
  name: string;
  open: number;
  overdue: number;
  /** The list filter that selects this row's findings (a site type, a category). */
  filter: Partial<TaskListFilters>;
}

/** Open and overdue findings per group; a bar opens that group's open or overdue tasks. */
export function BreakdownChart({
  rows,
  filters,
  testId,
}: {
  rows: BreakdownRow[];
  filters: OverviewFilters;
  testId: string;
}) {
  const { t } = useTranslation();
  const label = (series: string, name: string, value: number) =>
    t("overview.barLabel", { series, name, value });
  const openShape = useDrillShape((r: BreakdownRow) => ({
    href: drillHref(filters, { ...r.filter, open: true }),
    label: label(t("overview.open"), r.name, r.open),
    key: `open-${r.key}`,
  }));
  const overdueShape = useDrillShape((r: BreakdownRow) => ({
    href: drillHref(filters, { ...r.filter, timing: "overdue" }),
    label: label(t("overview.overdue"), r.name, r.overdue),
    key: `overdue-${r.key}`,
  }));
  return (
    <div className="chart" data-testid={testId}>
      <ChartLegend
        items={[
          { label: t("overview.open"), color: COLORS.open },
          { label: t("overview.overdue"), color: COLORS.overdue },
        ]}
      />
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={rows} margin={{ top: 20, right: 16, bottom: 56, left: 24 }}>
          <XAxis
            dataKey="name"
            interval={0}
            angle={-30}
            textAnchor="end"
            height={70}
            tick={{ fontSize: 12 }}
          />
          <YAxis allowDecimals={false} />
          <Bar
            dataKey="open"
            name={t("overview.open")}
            fill={COLORS.open}
            shape={openShape}
            label={{ position: "top", formatter: hideZero }}
            isAnimationActive={false}
          />
          <Bar
            dataKey="overdue"
            name={t("overview.overdue")}
            fill={COLORS.overdue}
            shape={overdueShape}
            label={{ position: "top", formatter: hideZero }}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
