import type { OverdueAging, OverviewFilters } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { COLORS, hideZero } from "./chart-colors.ts";
import { useDrillShape } from "./drill-bar.tsx";
import { drillHref } from "./drill-down.ts";

type Bucket = OverdueAging["buckets"][number] & { label: string };

/** Overdue tasks by days overdue; a bar opens the overdue tasks with those deadlines. */
export function AgingChart({ aging, filters }: { aging: OverdueAging; filters: OverviewFilters }) {
  const { t } = useTranslation();
  const data: Bucket[] = aging.buckets.map((b) => ({
    ...b,
    label: t(`overview.agingBucket.${b.key}`),
  }));
  const shape = useDrillShape((b: Bucket) => ({
    // The server gives each bucket as deadline dates: the list needs no date arithmetic.
    href: drillHref(filters, {
      timing: "overdue",
      deadlineTo: b.deadlineTo,
      ...(b.deadlineFrom ? { deadlineFrom: b.deadlineFrom } : {}),
    }),
    label: t("overview.barLabel", {
      series: t("overview.overdueTasks"),
      name: b.label,
      value: b.count,
    }),
    key: b.key,
  }));
  return (
    <div className="chart" data-testid="chart-aging">
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} margin={{ top: 20, right: 16, bottom: 8, left: 0 }}>
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Bar
            dataKey="count"
            name={t("overview.overdueTasks")}
            fill={COLORS.overdue}
            shape={shape}
            label={{ position: "top", formatter: hideZero }}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
