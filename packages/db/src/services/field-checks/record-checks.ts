import {
  type Actor,
  findingSourceForInspection,
  type RecordChecksInput,
  type RecordChecksOutput,
} from "@cw/domain";
import { lockFieldCheck } from "../../queries/field-checks.ts";
import { recordAudit, type Tx } from "../audit.ts";
import { createFindingInTx } from "../findings.ts";
import type { ServiceContext } from "../service-context.ts";
import { type CheckContext, validateChecks } from "./check-validation.ts";

type CheckEntry = RecordChecksInput["results"][number];

/**
 * Records an inspection's checks at one site in one transaction. Each check is upserted on
 * (inspection, site, standard); a failed check raises a finding on that standard through the
 * same code as any finding (its photos are the finding's photos), once: re-recording keeps
 * the finding already linked. Nothing is written unless every entry is valid.
 */
export async function recordFieldChecks(
  ctx: ServiceContext<Actor>,
  input: RecordChecksInput,
): Promise<RecordChecksOutput> {
  return ctx.prisma.$transaction(
    async (tx) => {
      const context = await validateChecks(tx, input);
      const checks: RecordChecksOutput["checks"] = [];
      for (const entry of input.results) {
        checks.push(await recordOne(tx, ctx, input, entry, context));
      }
      return { checks };
    },
    // A mock assessment records hundreds of standards at a site at once.
    { timeout: 60_000 },
  );
}

async function recordOne(
  tx: Tx,
  ctx: ServiceContext<Actor>,
  input: RecordChecksInput,
  entry: CheckEntry,
  context: CheckContext,
): Promise<RecordChecksOutput["checks"][number]> {
  const { actor, now } = ctx;
  const key = {
    inspectionId: input.inspectionId,
    siteId: input.siteId,
    standardId: entry.standardId,
  };
  const fields = { result: entry.result, note: entry.note, checkedById: actor.id, checkedAt: now };
  // Insert-if-absent, then lock the row: two people recording the same failed check at once
  // queue here, and the second sees the first one's finding instead of raising another.
  const inserted = await tx.fieldCheck.createMany({
    data: [{ ...key, ...fields }],
    skipDuplicates: true,
  });
  const locked = await lockFieldCheck(tx, key);
  if (!locked) throw new Error("field check vanished inside its own transaction");
  // The audit keeps the check as it was, without the columns that name it (as before).
  const { standardId: _s, inspectionId: _i, ...row } = locked;
  let findingId = row.findingId;
  const raise = entry.result === "fail" && findingId === null;
  if (raise) {
    const standard = context.standards.get(entry.standardId);
    const finding = await createFindingInTx(tx, ctx, {
      siteId: input.siteId,
      inspectionId: input.inspectionId,
      source: findingSourceForInspection(context.inspectionKind),
      category: entry.category ?? "",
      severity: entry.severity,
      description: (entry.description || entry.note || `${standard?.code} ${standard?.text}`).slice(
        0,
        2000,
      ),
      photoIds: entry.photoIds,
      standardId: entry.standardId,
    });
    findingId = finding.findingId;
  }
  const after = await tx.fieldCheck.update({
    where: { id: row.id },
    data: { ...fields, findingId },
  });
  await recordAudit(tx, ctx, {
    entityType: "field_check",
    entityId: after.id,
    action: inserted.count === 1 ? "record" : "re_record",
    before: inserted.count === 1 ? undefined : row,
    after,
  });
  return {
    checkId: after.id,
    standardId: entry.standardId,
    result: entry.result,
    findingId,
    findingCreated: raise,
  };
}
