import { DEFAULT_SCORING, type ScoringSettings, scoringSettingsSchema } from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";

const KEY = "scoring";

export async function readScoringSettings(prisma: PrismaClient | Tx): Promise<ScoringSettings> {
  const row = await prisma.setting.findUnique({ where: { key: KEY } });
  if (!row) return DEFAULT_SCORING;
  const parsed = scoringSettingsSchema.safeParse({ ...DEFAULT_SCORING, ...(row.value as object) });
  return parsed.success ? parsed.data : DEFAULT_SCORING;
}

/** Admins change weights, the gate and the cycle; the whole result is validated before writing. */
export async function updateScoringSettings(
  prisma: PrismaClient,
  actorId: string,
  changes: Partial<ScoringSettings>,
): Promise<ScoringSettings> {
  return prisma.$transaction(async (tx) => {
    const before = await readScoringSettings(tx);
    const after = scoringSettingsSchema.parse({ ...before, ...changes });
    await tx.setting.upsert({
      where: { key: KEY },
      create: { key: KEY, value: after },
      update: { value: after },
    });
    await recordAudit(tx, {
      actorId,
      entityType: "setting",
      entityId: KEY,
      action: "update",
      before,
      after,
    });
    return after;
  });
}
