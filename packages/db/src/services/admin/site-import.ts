import { randomUUID } from "node:crypto";
import {
  type Actor,
  checkSiteImport,
  DomainError,
  type ImportSitesInput,
  type ImportSitesOutput,
  SITE_IMPORT_MAX_BYTES,
  siteImportMessage,
} from "@cw/domain";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { readTable } from "../tables/read-table.ts";
import { workbookTooBigError } from "../tables/xlsx-process.ts";

/** Thousands of rows on PGlite take longer than Prisma's default 5 s transaction. */
const IMPORT_TIMEOUT_MS = 120_000;

/** A problem with the file as a whole, shown next to the file field. */
const fileProblem = (
  key: "assessment.import.too_large" | "assessment.import.unreadable" | "assessment.import.bad_csv",
) => new DomainError("bad_request", key, {}, { content: key });

async function readSiteTable(bytes: Buffer, format: ImportSitesInput["format"]) {
  const read = await readTable(bytes, format);
  if (read.ok) return read.rows;
  if (read.problem === "too_big") throw workbookTooBigError();
  throw fileProblem(
    read.problem === "unreadable" ? "assessment.import.unreadable" : "assessment.import.bad_csv",
  );
}

/**
 * Imports sites from a workbook or CSV, all or nothing: every row is checked against the
 * active site types, units and grids first, and every problem comes back in the caller's
 * language. A valid file updates the sites whose codes exist and creates the others, in one
 * transaction with one audit event listing which codes were created and updated.
 */
export async function importSites(
  ctx: ServiceContext<Actor>,
  input: ImportSitesInput,
): Promise<ImportSitesOutput> {
  const { prisma, locale } = ctx;
  const bytes = Buffer.from(input.content, "base64");
  if (bytes.length > SITE_IMPORT_MAX_BYTES) throw fileProblem("assessment.import.too_large");
  const table = await readSiteTable(bytes, input.format);
  const pick = { id: true, code: true, name: true } as const;
  const [siteTypes, units, grids] = await Promise.all([
    prisma.siteType.findMany({ where: { active: true }, select: pick }),
    prisma.responsibleUnit.findMany({ where: { active: true }, select: pick }),
    prisma.grid.findMany({ select: pick }),
  ]);
  const check = checkSiteImport(table, { siteTypes, units, grids });
  if (check.issues.length)
    return {
      ok: false,
      errors: check.issues.map((issue) => ({
        row: issue.row,
        column: issue.column,
        message: siteImportMessage(issue, locale),
      })),
    };

  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.site.findMany({
        where: { code: { in: check.rows.map((r) => r.code) } },
        select: { id: true, code: true },
      });
      const idOf = new Map(existing.map((s) => [s.code, s.id]));
      const created: string[] = [];
      const updated: string[] = [];
      for (const { row: _row, ...data } of check.rows) {
        const id = idOf.get(data.code);
        if (id) {
          await tx.site.update({ where: { id }, data, select: { id: true } });
          updated.push(data.code);
        } else {
          await tx.site.create({ data, select: { id: true } });
          created.push(data.code);
        }
      }
      // One event for the whole file: it is one decision by the admin, undone as one.
      await recordAudit(tx, ctx, {
        entityType: "site_import",
        entityId: randomUUID(),
        action: "import",
        after: { fileName: input.fileName ?? null, format: input.format, created, updated },
      });
      return { ok: true as const, created: created.length, updated: updated.length };
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: IMPORT_TIMEOUT_MS },
  );
}
