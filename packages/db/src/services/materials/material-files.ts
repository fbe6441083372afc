import { createHash } from "node:crypto";
import {
  type Actor,
  DomainError,
  type MaterialFileView,
  materialTooLarge,
  notFound,
  uploadRefusal,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import { loadRequirementFor } from "./material-access.ts";
import { sniffMaterialType } from "./material-type.ts";

export interface MaterialUpload {
  requirementId: string;
  fileName: string;
  bytes: Uint8Array;
  /** The limit the body was read under (the settings' maxMaterialBytes); checked again here. */
  maxBytes: number;
}

/** A file as screens list it (never its bytes). */
export const FILE_VIEW = {
  id: true,
  fileName: true,
  mimeType: true,
  byteSize: true,
  uploadedById: true,
  createdAt: true,
} as const;

/** The domain's uploadRefusal on the requirement as stored now (loaded for the actor). */
async function assertUploadAllowed(
  db: PrismaClient | Tx,
  actor: Actor,
  requirementId: string,
): Promise<void> {
  const refused = uploadRefusal(await loadRequirementFor(db, actor, requirementId), actor);
  if (refused) throw refused;
}

/**
 * May this actor add files to this requirement now? Checked before the body is read (so a
 * refused upload costs no bandwidth) and again inside the storing transaction.
 */
export function assertCanUpload(
  ctx: ServiceContext<Actor>,
  input: { requirementId: string },
): Promise<void> {
  return assertUploadAllowed(ctx.prisma, ctx.actor, input.requirementId);
}

/**
 * Validates and stores a materials file. The bytes go to photo_content (the blob store) once
 * per sha256; each upload gets its own material_file row and audit event, in one transaction.
 */
export async function storeMaterialFile(
  ctx: ServiceContext<Actor>,
  upload: MaterialUpload,
): Promise<MaterialFileView> {
  const { bytes, maxBytes } = upload;
  if (bytes.length === 0) throw new DomainError("bad_request", "material.empty");
  if (bytes.length > maxBytes) throw materialTooLarge(maxBytes);
  const mimeType = sniffMaterialType(bytes);
  if (!mimeType) throw new DomainError("bad_request", "material.unsupported_type");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // A 20 MB insert on a slow disk can outlast Prisma's 5 s default.
  return ctx.prisma.$transaction(
    async (tx) => {
      await assertUploadAllowed(tx, ctx.actor, upload.requirementId);
      // ON CONFLICT DO NOTHING: known bytes (or a concurrent upload of them) are not rewritten.
      await tx.photoContent.createMany({
        data: [{ sha256, bytes: new Uint8Array(bytes) }],
        skipDuplicates: true,
      });
      const file = await tx.materialFile.create({
        data: {
          requirementId: upload.requirementId,
          fileName: upload.fileName,
          mimeType,
          byteSize: bytes.length,
          sha256,
          uploadedById: ctx.actor.id,
          createdAt: ctx.now,
        },
      });
      await recordAudit(tx, ctx, {
        entityType: "material_file",
        entityId: file.id,
        action: "upload",
        after: file,
      });
      const { id, fileName, byteSize, uploadedById, createdAt } = file;
      return { id, fileName, mimeType: file.mimeType, byteSize, uploadedById, createdAt };
    },
    { timeout: 60_000 },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A file's bytes for a signed-in user (unit officers: their own unit's only); null if unknown. */
export async function getMaterialFile(
  ctx: ServiceContext<Actor>,
  input: { id: string },
): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array } | null> {
  const { prisma, actor } = ctx;
  if (!UUID.test(input.id)) return null;
  const file = await prisma.materialFile.findUnique({
    where: { id: input.id },
    select: { fileName: true, mimeType: true, sha256: true, requirementId: true },
  });
  if (!file) return null;
  await loadRequirementFor(prisma, actor, file.requirementId);
  const content = await prisma.photoContent.findUnique({
    where: { sha256: file.sha256 },
    select: { bytes: true },
  });
  if (!content) throw notFound("material file content", file.sha256);
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: content.bytes };
}
