import { DomainError } from "@cw/domain";

/**
 * Keyset paging: a cursor carries the last row's sort key and id, and the next page is
 * "rows after that key" in SQL with a LIMIT. Prisma's own `cursor` was not used because in
 * Prisma 7 it (a) drops the LIMIT and pages in JavaScript when the order has a nullable
 * column (due_asc), and (b) returns an empty or short page when the cursor row stopped
 * matching the filters between two requests (a task claimed or turned overdue meanwhile).
 * Carrying the key also keeps paging stable when the last row itself changes.
 *
 * Cursors are opaque to clients (base64url JSON) so this scheme can change without breaking
 * a screen that kept one.
 */
export type CursorValue = string | null;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** The values inside a cursor; anything malformed is a bad request, not a 500. */
export function decodeCursor(cursor: string, arity: number): CursorValue[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  const ok =
    Array.isArray(values) &&
    values.length === arity &&
    values.every((v) => v === null || (typeof v === "string" && v.length <= 100));
  if (!ok) throw invalidCursor();
  return values as CursorValue[];
}

export function invalidCursor(): DomainError {
  return new DomainError("bad_request", "error.invalid_input", {}, { cursor: "field.invalid" });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function cursorId(value: CursorValue): string {
  if (value === null || !UUID.test(value)) throw invalidCursor();
  return value;
}

/** A timestamp carried in a cursor (ISO 8601), or null where the key may be null. */
export function cursorInstant(value: CursorValue): Date | null {
  if (value === null) return null;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw invalidCursor();
  return instant;
}
