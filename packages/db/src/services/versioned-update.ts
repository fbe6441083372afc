import { type Actor, DomainError, type MessageKey } from "@cw/domain";
import { type AuditEntry, recordAudit, type Tx } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";

/** A table whose rows carry a version for optimistic concurrency (tasks, requirements). */
export interface VersionedTable {
  updateMany(args: {
    where: { id: string; version: number };
    data: object;
  }): PromiseLike<{ count: number }>;
}

export interface VersionedChange<Row> {
  table: VersionedTable;
  id: string;
  /** The version the caller read; the update lands only on that version. */
  expectedVersion: number;
  /** The columns to set (the version is incremented here). */
  data: object;
  /** Reads the row back after the update, with the columns the caller needs. */
  reread: () => Promise<Row>;
  /** The message when someone else changed the row first. */
  staleKey: MessageKey;
  /** The audit event; `after` is taken from the row as re-read. */
  audit: Omit<AuditEntry, "after"> & { after: (row: Row) => unknown };
}

/**
 * The one way a versioned row changes, inside the caller's transaction: update it only if its
 * version is still the one the caller read (and bump it), refuse with a conflict otherwise
 * (someone else committed in between: never overwrite their change), read it back and append
 * the audit event. The caller has loaded the row and checked the rules first.
 */
export async function versionedUpdate<Row>(
  tx: Tx,
  ctx: ServiceContext<Actor | null>,
  change: VersionedChange<Row>,
): Promise<Row> {
  const updated = await change.table.updateMany({
    where: { id: change.id, version: change.expectedVersion },
    data: { ...change.data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new DomainError("conflict", change.staleKey);
  const after = await change.reread();
  const { after: afterOf, ...audit } = change.audit;
  await recordAudit(tx, ctx, { ...audit, after: afterOf(after) });
  return after;
}

/** A version the caller read that is no longer current: the same conflict, found earlier. */
export function assertVersion(
  row: { version: number },
  expectedVersion: number,
  staleKey: MessageKey,
): void {
  if (row.version !== expectedVersion) throw new DomainError("conflict", staleKey);
}
