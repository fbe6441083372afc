import { useTranslation } from "react-i18next";
import { Line, LineChart, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { ScoreHistoryPoint } from "../assessment/api-types.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDate } from "../lib/format.ts";
import { ChartLegend } from "./chart-legend.tsx";

const LINE = "#2f6fde";
const TARGET = "#d4380d";

/** The snapshots' totals over time, with the target as a reference line. */
export function ScoreHistoryChart({
  points,
  target,
}: {
  points: ScoreHistoryPoint[];
  target: number;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows = points.map((p) => ({ date: formatDate(p.takenAt, language), total: p.total }));
  return (
    <div className="chart" data-testid="chart-score-history">
      <ChartLegend
        items={[
          { label: t("scores.total"), color: LINE },
          { label: t("scores.targetLine"), color: TARGET },
        ]}
      />
      <ResponsiveContainer width="100%" height={240}>
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <XAxis dataKey="date" tick={{ fontSize: 12 }} />
          <YAxis domain={[0, 100]} />
          <ReferenceLine y={target} stroke={TARGET} strokeDasharray="4 4" />
          <Line
            dataKey="total"
            stroke={LINE}
            isAnimationActive={false}
            label={{ position: "top", fontSize: 12 }}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
