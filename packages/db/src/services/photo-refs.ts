import { type Actor, DomainError } from "@cw/domain";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./audit.ts";

// Photos are scoped like the work they belong to (issue 9): a photo attached to a finding,
// a progress note or a verification is seen by whoever may see that task (unit officers:
// their own unit's tasks only; other roles: every task); a photo attached to nothing yet is
// its uploader's alone. A photo of a citizen's report (decision 0026) is like a finding's not
// yet dispatched: every role but unit officers. Attaching follows the same rule: one may attach what one may see.

const TASK_UNIT = { select: { unitId: true } } as const;
export const PHOTO_SCOPE = {
  uploadedById: true,
  findings: { select: { finding: { select: { task: TASK_UNIT } } } },
  progress: { select: { progress: { select: { task: TASK_UNIT } } } },
  verifications: { select: { verification: { select: { task: TASK_UNIT } } } },
  citizenReports: { select: { reportId: true } },
} satisfies Prisma.PhotoSelect;
type PhotoScope = Prisma.PhotoGetPayload<{ select: typeof PHOTO_SCOPE }>;

/** Whether `actor` may see (and so attach) a photo, from its uploader and attachments. */
export function photoVisibleTo(actor: Pick<Actor, "id" | "role" | "unitId">, photo: PhotoScope) {
  if (photo.uploadedById === actor.id) return true;
  const units = [
    ...photo.findings.map((f) => f.finding.task?.unitId ?? null),
    ...photo.progress.map((p) => p.progress.task.unitId),
    ...photo.verifications.map((v) => v.verification.task.unitId),
    // A citizen's report is no unit's yet: seen by the roles that see every task.
    ...photo.citizenReports.map(() => null),
  ];
  if (units.length === 0) return false;
  if (actor.role !== "unit_officer") return true;
  return units.some((unitId) => unitId !== null && unitId === actor.unitId);
}

/**
 * Every referenced photo must exist and be one the actor may see; the whole request is
 * refused otherwise, with the same answer for both (another unit's photo is not confirmed).
 */
export async function assertPhotosUsable(
  tx: Tx,
  actor: Pick<Actor, "id" | "role" | "unitId">,
  photoIds: readonly string[] | undefined,
  field = "photoIds",
): Promise<string[]> {
  const ids = [...new Set(photoIds ?? [])];
  if (ids.length === 0) return [];
  const found = await tx.photo.findMany({
    where: { id: { in: ids } },
    select: { id: true, ...PHOTO_SCOPE },
  });
  const missing = ids.find((id) => {
    const photo = found.find((p) => p.id === id);
    return !photo || !photoVisibleTo(actor, photo);
  });
  if (missing) {
    throw new DomainError(
      "bad_request",
      "photo.not_found",
      { id: missing },
      { [field]: "photo.not_found" },
    );
  }
  return ids;
}
