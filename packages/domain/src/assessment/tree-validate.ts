import type { MessageKey } from "../messages.ts";
import { parseYesNo } from "../yes-no.ts";
import {
  draftTree,
  type SiteTypeRef,
  type SiteTypeResolver,
  siteTypeResolver,
  type TreeDraft,
} from "./tree-draft.ts";
import {
  MAX_TREE_ROWS,
  TREE_COLUMNS,
  type TreeColumn,
  type TreeRow,
  type TreeRowError,
} from "./tree-rows.ts";
import { checkCode, checkPoints, TEXT_LIMITS } from "./tree-schemas.ts";
import {
  PARENT_LEVEL,
  parseLevel,
  parseMethod,
  splitList,
  type TreeRowLevel,
} from "./tree-vocabulary.ts";

export type TreeValidation = { ok: true; tree: TreeDraft } | { ok: false; errors: TreeRowError[] };

const STANDARD_ONLY: readonly TreeColumn[] = ["points", "methods", "siteTypes"];

/**
 * Checks a whole tree in the flat row form and reports every problem, cell by cell, so a
 * city fixes its file once instead of once per error. Nothing is written by this function;
 * callers write only when it says ok. Site types are looked up by code, then by name.
 */
export function validateTreeRows(
  rows: readonly TreeRow[],
  context: { siteTypes: readonly SiteTypeRef[] },
): TreeValidation {
  const errors: TreeRowError[] = [];
  const fail = (
    row: number,
    column: TreeColumn,
    messageKey: MessageKey,
    params: TreeRowError["params"] = {},
  ) => errors.push({ row, column, messageKey, params });

  if (rows.length === 0) return { ok: false, errors: [err(2, "level", "assessment.import.empty")] };
  const tooMany = rows[MAX_TREE_ROWS];
  if (tooMany) {
    return {
      ok: false,
      errors: [
        err(tooMany.row, "level", "assessment.import.too_many_rows", { max: MAX_TREE_ROWS }),
      ],
    };
  }

  const siteTypeCode = siteTypeResolver(context.siteTypes);
  // Where each code first appears, and its level when that could be read.
  const firstRow = new Map<string, number>();
  const levels = new Map<string, TreeRowLevel | undefined>();
  const parsed: { row: TreeRow; level: TreeRowLevel | undefined }[] = [];

  for (const row of rows) {
    const level = row.level === "" ? undefined : parseLevel(row.level);
    if (row.level === "") fail(row.row, "level", "field.required");
    else if (!level) fail(row.row, "level", "assessment.level.unknown", { value: row.level });

    const codeKey = checkCode(row.code);
    if (codeKey) fail(row.row, "code", codeKey, { max: TEXT_LIMITS.code });
    else {
      const earlier = firstRow.get(row.code);
      if (earlier !== undefined) {
        fail(row.row, "code", "assessment.code.duplicate", { code: row.code, firstRow: earlier });
      } else {
        firstRow.set(row.code, row.row);
        levels.set(row.code, level);
      }
    }

    const limit = level === "standard" ? TEXT_LIMITS.standardText : TEXT_LIMITS.nodeTitle;
    if (row.title === "") fail(row.row, "title", "field.required");
    else if (row.title.length > limit) fail(row.row, "title", "field.too_long");

    if (level && level !== "standard") {
      for (const column of STANDARD_ONLY) {
        if (row[column] !== "") fail(row.row, column, "assessment.cell.standard_only");
      }
      // Blank or 否 only: only a standard can be on the negative list.
      if ((parseYesNo(row.negativeList) ?? false) !== false) {
        fail(row.row, "negativeList", "assessment.cell.standard_only");
      }
    }
    if (level === "standard") checkStandardCells(row, siteTypeCode, fail);
    parsed.push({ row, level });
  }

  // Parents are checked once every code is known, so a parent may come after its children.
  for (const { row, level } of parsed) {
    if (!level) continue;
    const expected = PARENT_LEVEL[level];
    if (expected === null) {
      if (row.parentCode !== "") fail(row.row, "parentCode", "assessment.parent.not_allowed");
    } else if (row.parentCode === "") {
      fail(row.row, "parentCode", "field.required");
    } else {
      const parentLevel = levels.get(row.parentCode);
      if (!levels.has(row.parentCode)) {
        fail(row.row, "parentCode", "assessment.parent.not_found", { code: row.parentCode });
      } else if (parentLevel && parentLevel !== expected) {
        // A parent whose own level is unreadable already has its error; no second one here.
        fail(row.row, "parentCode", "assessment.parent.wrong_level", { code: row.parentCode });
      }
    }
  }

  if (errors.length > 0) return { ok: false, errors: sortErrors(errors) };
  return {
    ok: true,
    tree: draftTree(parsed as { row: TreeRow; level: TreeRowLevel }[], siteTypeCode),
  };
}

function err(
  row: number,
  column: TreeColumn,
  messageKey: MessageKey,
  params: TreeRowError["params"] = {},
): TreeRowError {
  return { row, column, messageKey, params };
}

type Fail = (
  row: number,
  column: TreeColumn,
  key: MessageKey,
  params?: TreeRowError["params"],
) => void;

function checkStandardCells(row: TreeRow, siteTypeCode: SiteTypeResolver, fail: Fail): void {
  if (row.points === "") fail(row.row, "points", "field.required");
  else if (!/^\d+(\.\d+)?$/.test(row.points) || checkPoints(Number(row.points))) {
    fail(row.row, "points", "assessment.points.invalid", { value: row.points });
  }
  const methodWords = splitList(row.methods);
  if (methodWords.length === 0) fail(row.row, "methods", "field.required");
  for (const word of methodWords) {
    if (!parseMethod(word)) fail(row.row, "methods", "assessment.methods.unknown", { value: word });
  }
  const typeWords = splitList(row.siteTypes);
  for (const word of typeWords) {
    const found = siteTypeCode(word);
    if ("key" in found) fail(row.row, "siteTypes", found.key, { value: word });
  }
  if (typeWords.length > 0 && !methodWords.some((w) => parseMethod(w) === "field_inspection")) {
    fail(row.row, "siteTypes", "assessment.site_types.field_only");
  }
  if (parseYesNo(row.negativeList) === undefined) {
    fail(row.row, "negativeList", "assessment.negative_list.invalid", { value: row.negativeList });
  }
}

function sortErrors(errors: TreeRowError[]): TreeRowError[] {
  const order = (c: TreeColumn) => TREE_COLUMNS.indexOf(c);
  return errors.sort((a, b) => a.row - b.row || order(a.column) - order(b.column));
}
