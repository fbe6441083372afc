import {
  type Actor,
  DEFAULT_SCORING,
  type ScoringSettings,
  scoringSettingsSchema,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";

const KEY = "scoring";

export async function loadScoringSettings(db: PrismaClient | Tx): Promise<ScoringSettings> {
  const row = await db.setting.findUnique({ where: { key: KEY }, select: { value: true } });
  if (!row) return DEFAULT_SCORING;
  const parsed = scoringSettingsSchema.safeParse({ ...DEFAULT_SCORING, ...(row.value as object) });
  return parsed.success ? parsed.data : DEFAULT_SCORING;
}

export function readScoringSettings(ctx: ServiceContext<Actor>): Promise<ScoringSettings> {
  return loadScoringSettings(ctx.prisma);
}

/** Admins change weights, the gate and the cycle; the whole result is validated before writing. */
export async function updateScoringSettings(
  ctx: ServiceContext<Actor>,
  changes: Partial<ScoringSettings>,
): Promise<ScoringSettings> {
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadScoringSettings(tx);
    const after = scoringSettingsSchema.parse({ ...before, ...changes });
    await tx.setting.upsert({
      where: { key: KEY },
      create: { key: KEY, value: after },
      update: { value: after },
      select: { key: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "setting",
      entityId: KEY,
      action: "update",
      before,
      after,
    });
    return after;
  });
}
