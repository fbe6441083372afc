import type { Prisma } from "../generated/prisma/client.ts";

export type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null | undefined;
  at?: Date;
}

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its audit
 * event are committed together or not at all. The table refuses UPDATE and DELETE.
 */
export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: entry.actorId,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
      reason: entry.reason ?? null,
      ...(entry.at ? { at: entry.at } : {}),
    },
  });
}

/** Dates, decimals and bigints as JSON the audit view can show. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
