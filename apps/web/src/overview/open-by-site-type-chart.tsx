import type { Overview } from "@cw/domain";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { messages as t } from "../messages.ts";

export function OpenBySiteTypeChart({ rows }: { rows: Overview["openBySiteType"] }) {
  return (
    <div className="chart" data-testid="chart-open-by-site-type">
      <ResponsiveContainer width="100%" height={320}>
        <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 48, left: 48 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="siteTypeName" interval={0} angle={-20} textAnchor="end" height={60} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend verticalAlign="top" />
          <Bar dataKey="open" name={t.open} fill="#2f6fde" isAnimationActive={false} />
          <Bar dataKey="overdue" name={t.overdue} fill="#d4380d" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
