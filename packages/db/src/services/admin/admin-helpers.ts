import { DomainError, notFound } from "@cw/domain";
import { Prisma } from "../../generated/prisma/client.ts";

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

// Keyset pagination. The cursor carries the last row's sort key and id, so the next page
// starts right after it even when rows are added or change between pages, and the database
// seeks on the index instead of skipping rows.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Keyset {
  key: string;
  id: string;
}

export function decodeCursor(cursor: string | undefined): Keyset | null {
  if (cursor === undefined) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      typeof value[0] === "string" &&
      typeof value[1] === "string" &&
      UUID.test(value[1])
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // falls through to the error below
  }
  throw new DomainError("bad_request", "error.invalid_input", {}, { cursor: "field.invalid" });
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
  const nextCursor =
    rows.length > limit && last
      ? Buffer.from(JSON.stringify([keyOf(last), last.id])).toString("base64url")
      : null;
  return { items, nextCursor };
}
