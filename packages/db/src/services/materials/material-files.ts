import { createHash } from "node:crypto";
import {
  type Actor,
  DomainError,
  type MaterialFileView,
  type MaterialStatus,
  materialTooLarge,
  notFound,
  uploadRefusal,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import { loadRequirementFor } from "./material-access.ts";
import { sniffMaterialType } from "./material-type.ts";

export interface MaterialUpload {
  requirementId: string;
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
  now: Date;
}

/**
 * May this actor add files to this requirement now? Checked before the body is read (so a
 * refused upload costs no bandwidth) and again inside the storing transaction.
 */
export async function assertCanUpload(
  prisma: PrismaClient | Tx,
  actor: Actor,
  requirementId: string,
): Promise<void> {
  const requirement = await loadRequirementFor(prisma, actor, requirementId);
  const refused = uploadRefusal(
    { status: requirement.status as MaterialStatus, unitId: requirement.unitId },
    actor,
  );
  if (refused) throw refused;
}

/**
 * Validates and stores a materials file. The bytes go to photo_content (the blob store) once
 * per sha256; each upload gets its own material_file row and audit event, in one transaction.
 */
export async function storeMaterialFile(
  prisma: PrismaClient,
  actor: Actor,
  upload: MaterialUpload,
): Promise<MaterialFileView> {
  const { bytes, maxBytes } = upload;
  if (bytes.length === 0) throw new DomainError("bad_request", "material.empty");
  if (bytes.length > maxBytes) throw materialTooLarge(maxBytes);
  const mimeType = sniffMaterialType(bytes);
  if (!mimeType) throw new DomainError("bad_request", "material.unsupported_type");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  // A 20 MB insert on a slow disk can outlast Prisma's 5 s default.
  return prisma.$transaction(
    async (tx) => {
      await assertCanUpload(tx, actor, upload.requirementId);
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
          uploadedById: actor.id,
          createdAt: upload.now,
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        entityType: "material_file",
        entityId: file.id,
        action: "upload",
        after: file,
        at: upload.now,
      });
      return {
        id: file.id,
        fileName: file.fileName,
        mimeType: file.mimeType,
        byteSize: file.byteSize,
        uploadedById: file.uploadedById,
        createdAt: file.createdAt,
      };
    },
    { timeout: 60_000 },
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A file's bytes for a signed-in user (unit officers: their own unit's only); null if unknown. */
export async function readMaterialFile(
  prisma: PrismaClient,
  actor: Actor,
  id: string,
): Promise<{ fileName: string; mimeType: string; bytes: Uint8Array } | null> {
  if (!UUID.test(id)) return null;
  const file = await prisma.materialFile.findUnique({ where: { id } });
  if (!file) return null;
  await loadRequirementFor(prisma, actor, file.requirementId);
  const content = await prisma.photoContent.findUnique({ where: { sha256: file.sha256 } });
  if (!content) throw notFound("material file content", file.sha256);
  return { fileName: file.fileName, mimeType: file.mimeType, bytes: content.bytes };
}
