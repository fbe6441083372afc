import type { TaskDetail } from "@cw/domain";
import { fromDateColumn } from "../date-columns.ts";
import type { Prisma } from "../generated/prisma/client.ts";

/** An extension request as the task page shows it: who asked, for which date, and the answer. */
export const EXTENSION_REQUEST_COLUMNS = {
  id: true,
  requestedAt: true,
  reason: true,
  previousDeadline: true,
  proposedDeadline: true,
  status: true,
  decidedAt: true,
  decisionNote: true,
  grantedDeadline: true,
  requestedBy: { select: { displayName: true } },
  decidedBy: { select: { displayName: true } },
} satisfies Prisma.ExtensionRequestSelect;

type Row = Prisma.ExtensionRequestGetPayload<{ select: typeof EXTENSION_REQUEST_COLUMNS }>;

export function extensionRequestView(row: Row): TaskDetail["extensionRequests"][number] {
  return {
    id: row.id,
    requestedBy: row.requestedBy.displayName,
    requestedAt: row.requestedAt,
    reason: row.reason,
    previousDeadline: fromDateColumn(row.previousDeadline),
    proposedDeadline: fromDateColumn(row.proposedDeadline),
    status: row.status,
    decidedBy: row.decidedBy?.displayName ?? null,
    decidedAt: row.decidedAt,
    decisionNote: row.decisionNote,
    grantedDeadline: fromDateColumn(row.grantedDeadline),
  };
}
