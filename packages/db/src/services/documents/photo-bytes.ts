import type { PrismaClient } from "../../generated/prisma/client.ts";

/** A stored photo's bytes by content hash (documents embed each distinct photo once). */
export async function loadPhotoBytes(prisma: PrismaClient, sha256: string): Promise<Uint8Array> {
  const content = await prisma.photoContent.findUnique({
    where: { sha256 },
    select: { bytes: true },
  });
  return content?.bytes ?? new Uint8Array();
}
