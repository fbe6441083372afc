import { DomainError } from "@cw/domain";
import type { Tx } from "./audit.ts";

/** Every referenced photo must exist; the whole request is refused otherwise. */
export async function assertPhotosExist(
  tx: Tx,
  photoIds: readonly string[] | undefined,
  field = "photoIds",
): Promise<string[]> {
  const ids = [...new Set(photoIds ?? [])];
  if (ids.length === 0) return [];
  const found = await tx.photo.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const missing = ids.find((id) => !found.some((p) => p.id === id));
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
