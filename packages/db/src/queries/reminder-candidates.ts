import type { CalendarDate } from "@cw/domain";
import { toDateColumn } from "../date-columns.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

export interface ReminderCandidate {
  id: string;
  findingId: string;
  status: string;
  deadline: Date | null;
  assignedAt: Date | null;
  unitId: string | null;
  code: string;
  description: string;
  siteName: string;
  unitName: string | null;
}

/**
 * The tasks the reminder ladder may have something for today: in a reminded state and either
 * waiting unclaimed since before `unclaimedBefore` or with a deadline on or before
 * `lastDeadline` (the due-soon horizon; overdue ones are all before it). The ladder decides.
 */
export function loadReminderCandidates(
  prisma: PrismaClient,
  input: {
    statuses: readonly string[];
    unclaimedBefore: Date;
    lastDeadline: CalendarDate;
  },
): Promise<ReminderCandidate[]> {
  return prisma.$queryRaw<ReminderCandidate[]>`
    SELECT t."id", t."findingId", t."status"::text AS "status", t."deadline", t."assignedAt",
           t."unitId", f."code", f."description", s."name" AS "siteName", u."name" AS "unitName"
    FROM "rectification_task" t
    JOIN "finding" f ON f."id" = t."findingId"
    JOIN "site" s ON s."id" = f."siteId"
    LEFT JOIN "responsible_unit" u ON u."id" = t."unitId"
    WHERE t."status"::text = ANY(${[...input.statuses]}::text[])
      AND ((t."status"::text = 'assigned' AND t."assignedAt" <= ${input.unclaimedBefore})
           OR (t."deadline" IS NOT NULL AND t."deadline" <= ${toDateColumn(input.lastDeadline)}::date))
    ORDER BY t."deadline" NULLS LAST, t."id"`;
}
