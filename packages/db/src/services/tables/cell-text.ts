import type ExcelJS from "exceljs";

/**
 * The one definition of what a spreadsheet cell says, as text, for every import (assessment
 * trees, sites, survey responses): what a person sees in Excel. The domain's checks read
 * these strings, so a cell means the same whichever import reads it.
 *
 * - text as it is; rich text joined; a link's text; a formula's last result; an error as
 *   Excel shows it (`#N/A`);
 * - a number with Excel's 15 significant digits, so binary noise from a formula
 *   (0.1 + 0.2) reads as Excel shows it (0.3);
 * - a boolean as Excel shows it and writes it into a CSV, TRUE / FALSE, which the domain's one
 *   yes/no reading (parseYesNo) takes like 是 / 否;
 * - a date as the wall-clock time it shows (Excel stores no zone; exceljs hands it over as
 *   that time in UTC): `YYYY-MM-DD` for a whole day, `YYYY-MM-DD HH:MM:SS` otherwise.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(Number(value.toPrecision(15)));
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return cellText(value.text as ExcelJS.CellValue);
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ("error" in value) return String(value.error);
  return "";
}

function dateText(date: Date): string {
  // An impossible serial number: a mark the import's checks refuse and show, not a guess.
  if (Number.isNaN(date.getTime())) return "?";
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19).replace("T", " ");
}
