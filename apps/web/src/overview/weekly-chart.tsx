import type { OverviewFilters, WeeklyFlow } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import { useLanguage } from "../i18n/use-language.ts";
import { formatShortDate } from "../lib/format.ts";
import { COLORS, hideZero } from "./chart-colors.ts";
import { ChartLegend } from "./chart-legend.tsx";
import { useDrillShape } from "./drill-bar.tsx";
import { drillHref } from "./drill-down.ts";

type Week = WeeklyFlow["weeks"][number] & { label: string };

/** Findings opened and tasks closed per week; a bar opens that week's findings or closures. */
export function WeeklyChart({ flow, filters }: { flow: WeeklyFlow; filters: OverviewFilters }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const data: Week[] = flow.weeks.map((w) => ({
    ...w,
    label: formatShortDate(w.weekStart, language),
  }));
  const label = (series: string, w: Week, value: number) =>
    t("overview.barLabel", {
      series,
      name: t("overview.weekOf", { date: w.label }),
      value,
    });
  const openedShape = useDrillShape((w: Week) => ({
    href: drillHref(filters, { foundFrom: w.from, foundTo: w.to }),
    label: label(t("overview.opened"), w, w.opened),
    key: `opened-${w.weekStart}`,
  }));
  const closedShape = useDrillShape((w: Week) => ({
    href: drillHref(
      filters,
      { status: ["closed"], closedFrom: w.from, closedTo: w.to },
      { period: false },
    ),
    label: label(t("overview.closed"), w, w.closed),
    key: `closed-${w.weekStart}`,
  }));
  return (
    <div className="chart" data-testid="chart-weekly">
      <ChartLegend
        items={[
          { label: t("overview.opened"), color: COLORS.opened },
          { label: t("overview.closed"), color: COLORS.closed },
        ]}
      />
      <ResponsiveContainer width="100%" height={300}>
        <BarChart data={data} margin={{ top: 20, right: 16, bottom: 8, left: 0 }}>
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Bar
            dataKey="opened"
            name={t("overview.opened")}
            fill={COLORS.opened}
            shape={openedShape}
            label={{ position: "top", formatter: hideZero }}
            isAnimationActive={false}
          />
          <Bar
            dataKey="closed"
            name={t("overview.closed")}
            fill={COLORS.closed}
            shape={closedShape}
            label={{ position: "top", formatter: hideZero }}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
