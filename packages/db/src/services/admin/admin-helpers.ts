import { DomainError, notFound } from "@cw/domain";
import { Prisma } from "../../generated/prisma/client.ts";
import { containsText } from "../../queries/contains-text.ts";
import {
  cursorId,
  decodeCursor as decodePageCursor,
  encodeCursor,
  invalidCursor,
} from "../../queries/page-cursor.ts";

/** A code or username another record already has; the form marks the field. */
export function duplicate(field: string): DomainError {
  return new DomainError("conflict", "error.duplicate", { field }, { [field]: "error.duplicate" });
}

export function found<T>(row: T | null | undefined, entity: string, id: string): T {
  if (!row) throw notFound(entity, id);
  return row;
}

/**
 * A referenced record (site type, unit, grid…) must exist. Checked before writing so the
 * form names the field, rather than relying on the foreign-key error.
 */
export function assertRef(row: unknown, field: string): void {
  if (!row) {
    throw new DomainError(
      "bad_request",
      "error.reference_missing",
      { field },
      { [field]: "error.reference_missing" },
    );
  }
}

const HIDDEN = new Set(["passwordHash", "createdAt", "updatedAt"]);

/**
 * A row as the audit trail keeps it: own columns only (no relations), decimals as numbers,
 * and never the password hash.
 */
export function snapshot(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (HIDDEN.has(key)) continue;
    if (Prisma.Decimal.isDecimal(value)) out[key] = Number(value);
    else if (value === null || value instanceof Date || typeof value !== "object") out[key] = value;
  }
  return out;
}

/** "update", or the clearer "deactivate" / "reactivate" when the active flag flips. */
export function changeAction(before: { active: boolean }, after: { active: boolean }): string {
  if (before.active && !after.active) return "deactivate";
  if (!before.active && after.active) return "reactivate";
  return "update";
}

// The admin lists (units, grids, users, site types, sites, categories) are all built here:
// equality filters, a text search, an order by a unique key, and keyset paging with the shared
// cursor format (queries/page-cursor.ts) — the last row's key and id, so the next page starts
// right after it even when rows change meanwhile.

export interface AdminListQuery {
  /** Equality filters: each value that is not undefined becomes `column = value`. */
  equal?: Record<string, string | boolean | null | undefined>;
  /** What the user typed in the search box, matched (containsText) in any of these columns. */
  text?: { value: string | undefined; columns: readonly string[] };
  /** Ascending order, by these columns; a paged list ends with its unique key and "id". */
  orderBy: readonly string[];
  /** Paged by keyset on the first order column (with id): the input's cursor and limit. */
  page?: { cursor?: string | undefined; limit: number };
}

/**
 * The Prisma arguments of one admin list: `where`, `orderBy` and, when paged, `take` (one row
 * more than the page, which only says whether another page exists). `Where` is the model's
 * where-input type; the query names that model's columns.
 */
export function adminListArgs<Where>(query: AdminListQuery): {
  where: Where;
  orderBy: Record<string, "asc">[];
  take?: number;
} {
  const and: object[] = [];
  for (const [column, value] of Object.entries(query.equal ?? {})) {
    if (value !== undefined) and.push({ [column]: value });
  }
  const text = query.text?.value?.trim();
  if (text && query.text) {
    and.push({ OR: query.text.columns.map((column) => ({ [column]: containsText(text) })) });
  }
  const key = query.orderBy[0];
  const keyset = query.page ? decodeKeyset(query.page.cursor) : null;
  if (keyset && key) {
    and.push({ OR: [{ [key]: { gt: keyset.key } }, { [key]: keyset.key, id: { gt: keyset.id } }] });
  }
  return {
    // One cast for every list: the columns above are the model's own, named by its service.
    where: { AND: and } as Where,
    orderBy: query.orderBy.map((column) => ({ [column]: "asc" as const })),
    ...(query.page ? { take: query.page.limit + 1 } : {}),
  };
}

interface Keyset {
  key: string;
  id: string;
}

function decodeKeyset(cursor: string | undefined): Keyset | null {
  if (cursor === undefined) return null;
  const [key, id] = decodePageCursor(cursor, 2);
  if (typeof key !== "string") throw invalidCursor();
  return { key, id: cursorId(id ?? null) };
}

/** A page of rows fetched with adminListArgs: the extra row becomes the next cursor. */
export function toPage<T extends { id: string }>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => string,
): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor = rows.length > limit && last ? encodeCursor([keyOf(last), last.id]) : null;
  return { items, nextCursor };
}
