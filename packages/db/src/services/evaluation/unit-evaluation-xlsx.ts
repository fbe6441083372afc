import {
  type EvaluationInput,
  evaluationFormulaLines,
  evaluationLabels,
  type Locale,
  type UnitEvaluation,
} from "@cw/domain";
import { loadExcelJS } from "../tables/load-exceljs.ts";

const percent = (share: number | null) => (share === null ? "—" : Math.round(share * 1000) / 10);

const beijing = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  dateStyle: "short",
  timeStyle: "short",
});

/**
 * The evaluation as one sheet: title, period, the formula and minimum-sample rule above the
 * table (as the screen shows them next to it), then one row per unit, ranked ones first.
 * Rates are numbers in percent (66.7), so the sheet sorts and sums them.
 */
export async function renderUnitEvaluationXlsx(
  data: UnitEvaluation,
  input: EvaluationInput,
  locale: Locale,
): Promise<Uint8Array> {
  const l = evaluationLabels(locale);
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.created = data.asOf;
  const sheet = workbook.addWorksheet(l.title);
  sheet.addRow([l.title]).font = { bold: true, size: 14 };
  sheet.addRow([`${l.period}: ${input.from ?? l.all} – ${input.to ?? l.all}`]);
  sheet.addRow([`${l.asOf}: ${beijing.format(data.asOf)}`]);
  sheet.addRow([`${l.formula}: ${evaluationFormulaLines(locale, data.settings).join(" + ")}`]);
  sheet.addRow([l.rule]);
  sheet.addRow([l.minSample(data.minTasks)]);
  sheet.addRow([]);
  const header = sheet.addRow([...l.columns]);
  header.font = { bold: true };
  for (const u of data.units) {
    sheet.addRow([
      u.rank ?? l.notRanked,
      u.unitName,
      u.tasks,
      percent(u.measures.onTime),
      u.overdueDays,
      u.returned,
      u.escalated,
      percent(u.fieldRate),
      u.score ?? "—",
    ]);
  }
  sheet.getColumn(2).width = 24;
  for (const i of [3, 4, 5, 6, 7, 8, 9]) sheet.getColumn(i).width = 14;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
