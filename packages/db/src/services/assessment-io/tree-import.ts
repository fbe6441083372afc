import {
  type Actor,
  DomainError,
  type ImportSummary,
  type ImportTarget,
  type ImportTreeInput,
  type ImportTreeOutput,
  localizeTreeErrors,
  MAX_TREE_FILE_BYTES,
  rowsFromTable,
  SAMPLE_MARK,
  TREE_SHEET_NAME,
  type TreeFileFormat,
  type TreeRowError,
  validateTreeRows,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { found } from "../admin/admin-helpers.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { readTable } from "../tables/read-table.ts";
import { workbookTooBigError } from "../tables/xlsx-process.ts";
import { newTreeRecords } from "./tree-records.ts";
import { replaceTree } from "./tree-replace.ts";
import { fileError } from "./xlsx.ts";

type TreeImportResult =
  | { ok: true; systemId: string; summary: ImportSummary }
  | { ok: false; errors: TreeRowError[] };

const IMPORT_TRANSACTION = { timeout: 60_000, maxWait: 10_000 };
/**
 * Imports a whole system from a file. Everything is checked first — the file, every row,
 * the codes against the system being replaced — and the tree is written in one transaction
 * only when nothing is wrong; otherwise every problem comes back and nothing is written.
 */
export async function importAssessmentTree(
  ctx: ServiceContext<Actor>,
  input: ImportTreeInput,
): Promise<ImportTreeOutput> {
  const result = await importTree(ctx, input);
  // Row errors come back as data, each in the caller's language, and nothing is written.
  return result.ok ? result : { ok: false, errors: localizeTreeErrors(result.errors, ctx.locale) };
}

async function importTree(
  ctx: ServiceContext<Actor>,
  input: ImportTreeInput,
): Promise<TreeImportResult> {
  const { prisma, now } = ctx;
  const bytes = Buffer.from(input.file, "base64");
  if (bytes.length > MAX_TREE_FILE_BYTES) throw fileError("assessment.import.too_large");
  if (bytes.length === 0) throw fileError("assessment.import.unreadable");
  await checkTarget(prisma, input.target);

  const table = await readTreeTable(bytes, input.format);
  if ("errors" in table) return { ok: false, errors: table.errors };
  const { rows, errors: headerErrors } = rowsFromTable(table.rows);
  if (headerErrors.length > 0) return { ok: false, errors: headerErrors };
  const siteTypes = await prisma.siteType.findMany({
    select: { id: true, code: true, name: true },
  });
  const checked = validateTreeRows(rows, { siteTypes });
  if (!checked.ok) return { ok: false, errors: checked.errors };
  const siteTypeIdOf = new Map(siteTypes.map((t) => [t.code, t.id]));
  const target = input.target;

  return prisma.$transaction(async (tx): Promise<TreeImportResult> => {
    if (target.mode === "new") {
      await checkTarget(tx, target);
      const system = await tx.assessmentSystem.create({
        data: { kind: target.kind, edition: target.edition, name: target.name, isSample: false },
      });
      const records = newTreeRecords(system.id, checked.tree, siteTypeIdOf);
      await tx.assessmentNode.createMany({ data: records.nodes });
      await tx.assessmentStandard.createMany({ data: records.standards });
      await tx.standardSiteType.createMany({ data: records.links });
      const summary = {
        nodesCreated: records.nodes.length,
        nodesUpdated: 0,
        nodesRetired: 0,
        standardsCreated: records.standards.length,
        standardsUpdated: 0,
        standardsRetired: 0,
      };
      await auditImport(tx, ctx, system.id, null, { ...target, format: input.format, summary });
      return { ok: true, systemId: system.id, summary };
    }
    const before = found(
      await tx.assessmentSystem.findUnique({
        where: { id: target.systemId },
        select: { id: true, name: true, isSample: true },
      }),
      "assessment_system",
      target.systemId,
    );
    const replaced = await replaceTree(tx, before.id, checked.tree, siteTypeIdOf, now);
    if (!replaced.ok) return replaced;
    // The tree is now the city's own, no longer the shipped sample.
    const name = target.name ?? before.name.replace(SAMPLE_MARK, "").trim();
    const after = await tx.assessmentSystem.update({
      where: { id: before.id },
      data: { name, isSample: false },
      select: { name: true },
    });
    await auditImport(
      tx,
      ctx,
      before.id,
      { name: before.name, isSample: before.isSample },
      {
        mode: "replace",
        format: input.format,
        name: after.name,
        isSample: false,
        summary: replaced.summary,
        retiredCodes: replaced.retiredCodes,
      },
    );
    return { ok: true, systemId: before.id, summary: replaced.summary };
    // Replacing a large manual updates row by row; the default 5 s would cut it off.
  }, IMPORT_TRANSACTION);
}

/** Refuses a target that cannot be written before the file is even read. */
async function checkTarget(prisma: PrismaClient | Tx, target: ImportTarget): Promise<void> {
  if (target.mode === "replace") {
    found(
      await prisma.assessmentSystem.findUnique({
        where: { id: target.systemId },
        select: { id: true },
      }),
      "assessment_system",
      target.systemId,
    );
    return;
  }
  const where = { kind_edition: { kind: target.kind, edition: target.edition } };
  if (await prisma.assessmentSystem.findUnique({ where, select: { id: true } })) {
    throw new DomainError(
      "conflict",
      "assessment.system.exists",
      { edition: target.edition },
      { edition: "assessment.system.exists" },
    );
  }
}

/** The file's table; a CSV quote left open is reported on the row where it opened. */
async function readTreeTable(
  bytes: Uint8Array,
  format: TreeFileFormat,
): Promise<{ rows: string[][] } | { errors: TreeRowError[] }> {
  const read = await readTable(bytes, format, { sheet: TREE_SHEET_NAME });
  if (read.ok) return { rows: read.rows };
  if (read.problem === "unreadable") throw fileError("assessment.import.unreadable");
  if (read.problem === "too_big") throw workbookTooBigError();
  return {
    errors: [
      { row: read.row, column: "level", messageKey: "assessment.import.bad_csv", params: {} },
    ],
  };
}

async function auditImport(
  tx: Tx,
  ctx: ServiceContext<Actor>,
  systemId: string,
  before: object | null,
  after: object,
): Promise<void> {
  await recordAudit(tx, ctx, {
    entityType: "assessment_system",
    entityId: systemId,
    action: "import",
    before,
    after,
  });
}
