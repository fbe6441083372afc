import { useTranslation } from "react-i18next";
import { Bar, BarChart, ResponsiveContainer, XAxis, YAxis } from "recharts";
import type { NodeScore, SectionScore } from "../assessment/api-types.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { formatNumber } from "../lib/format.ts";
import { ChartLegend } from "./chart-legend.tsx";
import { useDrillShape } from "./drill-bar.tsx";

const EARNED = "#389e0d";
const LOST = "#d4380d";
const round1 = (value: unknown) => (typeof value === "number" && value ? value.toFixed(1) : "");

/** Where each section's detail lives on the assessment page. */
const SECTION_TAB = { field: "tree", materials: "materials", survey: "surveys" } as const;

/**
 * Each section's projected score against its weight (what it could score at most); a bar
 * opens the section's detail on the assessment page.
 */
export function ScoreSectionChart({
  systemId,
  sections,
}: {
  systemId: string;
  sections: SectionScore[];
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows = sections.map((s) => ({
    section: s.section,
    name: t(`scores.section.${s.section}`),
    earned: s.score,
    lost: Math.max(0, s.weight - s.score),
  }));
  const target = (series: "earned" | "lost") => (r: (typeof rows)[number]) => ({
    href: `/assessment?systemId=${systemId}&tab=${SECTION_TAB[r.section]}`,
    label: t("scores.itemBarLabel", {
      name: r.name,
      series: t(`scores.${series}`),
      value: formatNumber(r[series], language, 1),
    }),
    key: `${series}-${r.section}`,
    fill: series === "earned" ? EARNED : LOST,
  });
  const earnedShape = useDrillShape(target("earned"));
  const lostShape = useDrillShape(target("lost"));
  return (
    <div className="chart" data-testid="chart-score-sections">
      <ScoreLegend />
      <ResponsiveContainer width="100%" height={260}>
        <BarChart data={rows} margin={{ top: 20, right: 16, bottom: 8, left: 8 }}>
          <XAxis dataKey="name" tick={{ fontSize: 12 }} />
          <YAxis />
          <Bar
            dataKey="earned"
            stackId="s"
            fill={EARNED}
            shape={earnedShape}
            isAnimationActive={false}
            label={{ formatter: round1 }}
          />
          <Bar
            dataKey="lost"
            stackId="s"
            fill={LOST}
            shape={lostShape}
            isAnimationActive={false}
            label={{ formatter: round1 }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Earned and lost points per item; a bar opens that item in the assessment tree. */
export function ScoreItemChart({ systemId, items }: { systemId: string; items: NodeScore[] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows = items.map((i) => ({ ...i, name: `${i.code} ${i.title}` }));
  const target = (series: "earned" | "lost") => (r: (typeof rows)[number]) => ({
    href: `/assessment?systemId=${systemId}&nodeId=${r.id}`,
    label: t("scores.itemBarLabel", {
      name: r.name,
      series: t(`scores.${series}`),
      value: formatNumber(r[series], language, 1),
    }),
    key: `${series}-${r.id}`,
    fill: series === "earned" ? EARNED : LOST,
  });
  const earnedShape = useDrillShape(target("earned"));
  const lostShape = useDrillShape(target("lost"));
  return (
    <div className="chart" data-testid="chart-score-items">
      <ScoreLegend />
      <ResponsiveContainer width="100%" height={Math.max(200, rows.length * 36 + 40)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 40, bottom: 8, left: 8 }}>
          <XAxis type="number" />
          <YAxis type="category" dataKey="name" width={150} tick={{ fontSize: 12 }} />
          <Bar
            dataKey="earned"
            stackId="i"
            fill={EARNED}
            shape={earnedShape}
            isAnimationActive={false}
          />
          <Bar
            dataKey="lost"
            stackId="i"
            fill={LOST}
            shape={lostShape}
            isAnimationActive={false}
            label={{ position: "right", formatter: round1 }}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function ScoreLegend() {
  const { t } = useTranslation();
  return (
    <ChartLegend
      items={[
        { label: t("scores.earned"), color: EARNED },
        { label: t("scores.lost"), color: LOST },
      ]}
    />
  );
}
