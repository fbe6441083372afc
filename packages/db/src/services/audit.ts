import type { Actor } from "@cw/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import type { ServiceContext } from "./service-context.ts";

export type Tx = Prisma.TransactionClient;

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  reason?: string | null | undefined;
}

/**
 * Appends to the audit trail inside the caller's transaction, so a change and its audit
 * event are committed together or not at all. Who and when come from the service context
 * (the request's actor and clock). The table refuses UPDATE and DELETE.
 */
export async function recordAudit(
  tx: Tx,
  // Only who and when: an after-task-change hook passes its event's actor and instant.
  ctx: Pick<ServiceContext<Actor | null>, "actor" | "now">,
  entry: AuditEntry,
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: ctx.actor?.id ?? null,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: toJson(entry.before),
      after: toJson(entry.after),
      reason: entry.reason ?? null,
      at: ctx.now,
    },
    select: { id: true },
  });
}

/** Dates, decimals and bigints as JSON the audit view can show. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}
