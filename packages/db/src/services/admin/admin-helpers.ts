import { DomainError, notFound } from "@cw/domain";
import { Prisma } from "../../generated/prisma/client.ts";
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
      {
        [field]: "error.reference_missing",
      },
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

// Keyset pagination with the shared cursor format (queries/page-cursor.ts): the last row's
// sort key and id, so the next page starts right after it even when rows change meanwhile.
export interface Keyset {
  key: string;
  id: string;
}

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (cursor === undefined) return null;
  const [key, id] = decodePageCursor(cursor, 2);
  if (typeof key !== "string") throw invalidCursor();
  return { key, id: cursorId(id ?? null) };
}

/** Rows after the cursor in (key, id) order, for a `where` on a model with that key. */
export function afterKeyset<K extends string>(field: K, keyset: Keyset | null) {
  if (!keyset) return {};
  return {
    OR: [
      { [field]: { gt: keyset.key } } as Record<K, { gt: string }>,
      { [field]: keyset.key, id: { gt: keyset.id } } as Record<K, string> & { id: { gt: string } },
    ],
  };
}

/** Callers fetch `limit + 1` rows; the extra one only says whether another page exists. */
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
