import {
  type Actor,
  findingSourceForInspection,
  type RecordChecksInput,
  type RecordChecksOutput,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import { createFindingInTx } from "../findings.ts";
import { type CheckContext, validateChecks } from "./check-validation.ts";

type CheckEntry = RecordChecksInput["results"][number];

interface CheckRow {
  id: string;
  result: string;
  note: string;
  findingId: string | null;
  checkedById: string;
  checkedAt: Date;
}

/**
 * Records an inspection's checks at one site in one transaction. Each check is upserted on
 * (inspection, site, standard); a failed check raises a finding on that standard through the
 * same code as any finding (its photos are the finding's photos), once: re-recording keeps
 * the finding already linked. Nothing is written unless every entry is valid.
 */
export async function recordFieldChecks(
  prisma: PrismaClient,
  actor: Actor,
  input: RecordChecksInput,
  now: Date,
): Promise<RecordChecksOutput> {
  return prisma.$transaction(
    async (tx) => {
      const context = await validateChecks(tx, input);
      const checks: RecordChecksOutput["checks"] = [];
      for (const entry of input.results) {
        checks.push(await recordOne(tx, actor, input, entry, context, now));
      }
      return { checks };
    },
    // A mock assessment records hundreds of standards at a site at once.
    { timeout: 60_000 },
  );
}

async function recordOne(
  tx: Tx,
  actor: Actor,
  input: RecordChecksInput,
  entry: CheckEntry,
  context: CheckContext,
  now: Date,
): Promise<RecordChecksOutput["checks"][number]> {
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
  const [row] = await tx.$queryRaw<CheckRow[]>`
    SELECT id, result, note, "findingId", "checkedById", "checkedAt" FROM field_check
     WHERE "inspectionId" = ${key.inspectionId}::uuid AND "siteId" = ${key.siteId}::uuid
       AND "standardId" = ${key.standardId}::uuid
       FOR UPDATE`;
  if (!row) throw new Error("field check vanished inside its own transaction");
  let findingId = row.findingId;
  const raise = entry.result === "fail" && findingId === null;
  if (raise) {
    const standard = context.standards.get(entry.standardId);
    const finding = await createFindingInTx(
      tx,
      actor,
      {
        siteId: input.siteId,
        inspectionId: input.inspectionId,
        source: findingSourceForInspection(context.inspectionKind),
        category: entry.category ?? "",
        severity: entry.severity,
        description: (
          entry.description ||
          entry.note ||
          `${standard?.code} ${standard?.text}`
        ).slice(0, 2000),
        photoIds: entry.photoIds,
        standardId: entry.standardId,
      },
      now,
    );
    findingId = finding.findingId;
  }
  const after = await tx.fieldCheck.update({
    where: { id: row.id },
    data: { ...fields, findingId },
  });
  await recordAudit(tx, {
    actorId: actor.id,
    entityType: "field_check",
    entityId: after.id,
    action: inserted.count === 1 ? "record" : "re_record",
    before: inserted.count === 1 ? undefined : row,
    after,
    at: now,
  });
  return {
    checkId: after.id,
    standardId: entry.standardId,
    result: entry.result,
    findingId,
    findingCreated: raise,
  };
}
