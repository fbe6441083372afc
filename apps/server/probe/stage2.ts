import { readFileSync } from "node:fs";
import { surveyImportChecker } from "@cw/domain";
import { readSurveyRows } from "../../../packages/db/src/services/surveys/survey-table.ts";

const mb = () => {
  global.gc?.();
  return Math.round(process.memoryUsage().heapUsed / 2 ** 20);
};
let peak = 0;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
}, 5);
const bytes = readFileSync("/tmp/survey-20000x80.xlsx");
console.log("start", mb());
const checker = surveyImportChecker({
  questionCodes: Array.from({ length: 80 }, (_, i) => `Q${i + 1}`),
  periodStart: "2026-10-01",
  periodEnd: "2026-10-31",
});
let n = 0;
await readSurveyRows(bytes, "xlsx", (cells, row) => {
  checker.add(cells, row);
  if (++n % 5000 === 0) console.log("row", n, Math.round(process.memoryUsage().heapUsed / 2 ** 20));
});
console.log("read", mb(), "peak", Math.round(peak / 2 ** 20));
const check = checker.finish();
console.log("check", mb(), check.rows.length, check.issues.length, JSON.stringify(check.rows[0]));
clearInterval(timer);
