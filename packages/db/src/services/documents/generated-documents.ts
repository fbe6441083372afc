import { type Actor, type DocumentKind, DomainError, type GeneratedDocumentRow } from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface NewDocument {
  kind: DocumentKind;
  title: string;
  fileName: string;
  mimeType: string;
  params: unknown;
  rowCount: number;
  /** Kept for Word documents; a task-list export is generated again from its params. */
  bytes: Uint8Array | null;
  byteSize: number;
  /** A scheduled document's identity (decision 0021): a second store of it is refused. */
  dedupeKey?: string;
}

/** Records a generated document (who, what, when) with its audit row, in one transaction. */
export async function storeGeneratedDocument(
  ctx: ServiceContext<Actor | null>,
  doc: NewDocument,
): Promise<{ id: string; url: string }> {
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.generatedDocument.create({
      data: {
        kind: doc.kind,
        title: doc.title,
        fileName: doc.fileName,
        mimeType: doc.mimeType,
        params: doc.params as Prisma.InputJsonValue,
        rowCount: doc.rowCount,
        byteSize: doc.byteSize,
        bytes: doc.bytes ? Buffer.from(doc.bytes) : null,
        createdById: ctx.actor?.id ?? null,
        createdAt: ctx.now,
        dedupeKey: doc.dedupeKey ?? null,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "generated_document",
      entityId: row.id,
      action: "generate",
      after: { kind: doc.kind, title: doc.title, rowCount: doc.rowCount, params: doc.params },
    });
    return { id: row.id, url: documentUrl(row.id) };
  });
}

export const documentUrl = (id: string) => `/api/documents/${id}`;

/** Who may see a document: its author, and the roles that read everything. */
function visibleTo(actor: Actor): Prisma.GeneratedDocumentWhereInput {
  return actor.role === "unit_officer" || actor.role === "inspector"
    ? { createdById: actor.id }
    : {};
}

/** The documents generated, newest first, with who generated each. */
export async function listGeneratedDocuments(
  ctx: ServiceContext<Actor>,
  input: { kind?: DocumentKind | undefined; limit: number },
): Promise<{ items: GeneratedDocumentRow[] }> {
  const rows = await ctx.prisma.generatedDocument.findMany({
    where: { AND: [visibleTo(ctx.actor), input.kind ? { kind: input.kind } : {}] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit,
    select: {
      id: true,
      kind: true,
      title: true,
      fileName: true,
      rowCount: true,
      byteSize: true,
      createdAt: true,
      createdById: true,
    },
  });
  const ids = [...new Set(rows.flatMap((r) => (r.createdById ? [r.createdById] : [])))];
  const users = await ctx.prisma.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, displayName: true },
  });
  const names = new Map(users.map((u) => [u.id, u.displayName]));
  return {
    items: rows.map(({ createdById, ...r }) => ({
      ...r,
      createdByName: createdById ? (names.get(createdById) ?? null) : null,
      url: documentUrl(r.id),
    })),
  };
}

/** One generated document with its bytes (or, for an export, the params to run it again). */
export async function getGeneratedDocument(ctx: ServiceContext<Actor>, input: { id: string }) {
  const doc = await ctx.prisma.generatedDocument.findFirst({
    where: { AND: [{ id: input.id }, visibleTo(ctx.actor)] },
    select: { id: true, kind: true, fileName: true, mimeType: true, params: true, bytes: true },
  });
  if (!doc) {
    throw new DomainError("not_found", "error.not_found", { entity: "document", id: input.id });
  }
  return doc;
}
