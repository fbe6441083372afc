import type { Locale } from "../messages.ts";
import type { EvaluationMeasure, EvaluationSettings } from "./evaluation-settings.ts";

/** The evaluation as a printed workbook names it (the web app has its own catalogue). */
const LABELS = {
  "zh-CN": {
    title: "责任单位结果考评",
    period: "考评期间",
    all: "全部",
    asOf: "数据截至",
    formula: "计分公式",
    minSample: (n: number) => `交办问题少于 ${n} 个的单位列出但不排名。`,
    notRanked: "未排名",
    columns: [
      "名次",
      "责任单位",
      "交办问题",
      "按期整改率",
      "逾期天数",
      "退回及重开",
      "被督办",
      "实地测评得分率",
      "得分",
    ],
    measures: {
      onTime: "按期整改率",
      overdueDays: (z: number) => `逾期天数（每件 ${z} 天为 0）`,
      returned: (z: number) => `退回及重开（每件 ${z} 次为 0）`,
      escalated: (z: number) => `被督办（每件 ${z} 次为 0）`,
      fieldRate: "实地测评得分率",
    },
    rule: "得分 = 100 × Σ(权重 × 指标) ÷ Σ权重，无法计量的指标不计入。",
  },
  en: {
    title: "Unit evaluation",
    period: "Period",
    all: "all",
    asOf: "As of",
    formula: "Formula",
    minSample: (n: number) => `Units with fewer than ${n} tasks are listed but not ranked.`,
    notRanked: "not ranked",
    columns: [
      "Rank",
      "Responsible unit",
      "Tasks",
      "On-time rate",
      "Overdue task-days",
      "Returned / reopened",
      "Escalated",
      "Field score rate",
      "Score",
    ],
    measures: {
      onTime: "On-time rate",
      overdueDays: (z: number) => `Overdue task-days (0 at ${z} per task)`,
      returned: (z: number) => `Returned / reopened (0 at ${z} per task)`,
      escalated: (z: number) => `Escalated (0 at ${z} per task)`,
      fieldRate: "Field score rate",
    },
    rule: "Score = 100 × Σ(weight × measure) ÷ Σ weight, over the measures a unit has.",
  },
} as const;

export const evaluationLabels = (locale: Locale) => LABELS[locale];

/** One line per weighted measure: "按期整改率 × 40". */
export function evaluationFormulaLines(locale: Locale, settings: EvaluationSettings): string[] {
  const m = LABELS[locale].measures;
  const name: Record<EvaluationMeasure, string> = {
    onTime: m.onTime,
    overdueDays: m.overdueDays(settings.zeroAt.overdueDays),
    returned: m.returned(settings.zeroAt.returned),
    escalated: m.escalated(settings.zeroAt.escalated),
    fieldRate: m.fieldRate,
  };
  return (Object.keys(name) as EvaluationMeasure[])
    .filter((k) => settings.weights[k] > 0)
    .map((k) => `${name[k]} × ${settings.weights[k]}`);
}
