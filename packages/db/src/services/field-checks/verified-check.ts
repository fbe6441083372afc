import { PASSED_RESULT } from "@cw/domain";
import { recordAudit, type Tx } from "../audit.ts";
import type { TaskChangeEvent } from "../task-change-hooks.ts";

/**
 * The after-task-change hook that lets a verified fix move the field score: when the task of a
 * finding raised by a failed field check is closed (复查通过), the verifier has seen the
 * standard met at that site, so a passing check of that standard there is recorded in the
 * close's transaction, with its audit row. It names the verification, not an inspection, and
 * as the newest check it is the one the score counts (latest check per site and standard).
 * A later reopen (回头看) changes nothing retroactively: the pass was true when recorded, and
 * the next inspection's check of that standard supersedes it (decision 0023).
 */
export async function recordVerifiedFieldCheck(tx: Tx, event: TaskChangeEvent): Promise<void> {
  if (event.action !== "close" || !event.actor) return;
  const failed = await tx.fieldCheck.findUnique({
    where: { findingId: event.findingId },
    select: { id: true, siteId: true, standardId: true },
  });
  if (!failed) return;
  // The close just wrote this verification in the same transaction (task-changes.ts).
  const verification = await tx.verification.findFirstOrThrow({
    where: { taskId: event.taskId, result: "passed" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, comment: true },
  });
  const check = await tx.fieldCheck.create({
    data: {
      siteId: failed.siteId,
      standardId: failed.standardId,
      result: PASSED_RESULT,
      note: verification.comment,
      checkedById: event.actor.id,
      checkedAt: event.at,
      verificationId: verification.id,
    },
  });
  await recordAudit(
    tx,
    { actor: event.actor, now: event.at },
    {
      entityType: "field_check",
      entityId: check.id,
      action: "record_verified",
      after: { ...check, findingId: event.findingId, failedCheckId: failed.id },
    },
  );
}
