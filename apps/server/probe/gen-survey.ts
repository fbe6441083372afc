// Ad-hoc: writes /tmp/survey-<rows>x<cols>.xlsx (受访者编号, 调查时间, Q1..Qn answers 是/否/blank).
import ExcelJS from "exceljs";

const rows = Number(process.argv[2] ?? 20000),
  cols = Number(process.argv[3] ?? 80);
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `/tmp/survey-${rows}x${cols}.xlsx` });
const ws = wb.addWorksheet("问卷");
ws.addRow([
  "受访者编号",
  "调查时间",
  ...Array.from({ length: cols }, (_, i) => `Q${i + 1}`),
]).commit();
for (let r = 0; r < rows; r++)
  ws.addRow([
    `H-${String(r + 1).padStart(5, "0")}`,
    "2026-10-10 10:00:00",
    ...Array.from({ length: cols }, (_, i) =>
      (r + i) % 7 === 0 ? "" : (r * i) % 3 === 0 ? "否" : "是",
    ),
  ]).commit();
await wb.commit();
console.log("written");
