import { readFileSync } from "node:fs";
import { checkSurveyImport } from "@cw/domain";
import { readSurveyTable } from "../../../packages/db/src/services/surveys/survey-table.ts";
import { readXlsxCells } from "../../../packages/db/src/services/tables/xlsx-process.ts";

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
const cells = await readXlsxCells(bytes, undefined);
console.log("cells", mb(), "peak", Math.round(peak / 2 ** 20));
peak = 0;
(cells as any).values = null;
console.log("cells dropped", mb());
let table: string[][] | undefined = await readSurveyTable(bytes, "xlsx");
console.log("table", mb(), "peak", Math.round(peak / 2 ** 20));
peak = 0;
const check = checkSurveyImport(table, {
  questionCodes: Array.from({ length: 80 }, (_, i) => `Q${i + 1}`),
  periodStart: "2026-10-01",
  periodEnd: "2026-10-31",
});
console.log(
  "check",
  mb(),
  "peak",
  Math.round(peak / 2 ** 20),
  check.rows.length,
  check.issues.length,
);
peak = 0;
table = undefined;
console.log("table dropped", mb());
clearInterval(timer);
