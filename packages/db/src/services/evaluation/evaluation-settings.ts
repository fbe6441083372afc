import {
  type Actor,
  DEFAULT_EVALUATION_SETTINGS,
  DomainError,
  type EvaluationSettings,
  evaluationSettingsSchema,
  type MessageKey,
} from "@cw/domain";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";

/** Stored next to the campaign settings, in the same settings table, under its own key. */
const EVALUATION_KEY = "evaluation";

/** The admin's formula, or the defaults; an invalid stored value falls back to them. */
export async function loadEvaluationSettings(db: PrismaClient | Tx): Promise<EvaluationSettings> {
  const row = await db.setting.findUnique({
    where: { key: EVALUATION_KEY },
    select: { value: true },
  });
  if (!row) return DEFAULT_EVALUATION_SETTINGS;
  const parsed = evaluationSettingsSchema.safeParse(row.value);
  return parsed.success ? parsed.data : DEFAULT_EVALUATION_SETTINGS;
}

export function readEvaluationSettings(ctx: ServiceContext<Actor>): Promise<EvaluationSettings> {
  return loadEvaluationSettings(ctx.prisma);
}

/** Replaces the formula as a whole (weights and normalisation), with its audit row. */
export async function updateEvaluationSettings(
  ctx: ServiceContext<Actor>,
  input: unknown,
): Promise<EvaluationSettings> {
  const parsed = evaluationSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const fields: Record<string, MessageKey> = {};
    for (const issue of parsed.error.issues) {
      fields[issue.path.join(".") || "_"] = "field.out_of_range";
    }
    throw new DomainError("bad_request", "error.invalid_input", {}, fields);
  }
  const settings = parsed.data;
  return ctx.prisma.$transaction(async (tx) => {
    const before = await loadEvaluationSettings(tx);
    await tx.setting.upsert({
      where: { key: EVALUATION_KEY },
      create: { key: EVALUATION_KEY, value: settings },
      update: { value: settings },
      select: { key: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "setting",
      entityId: EVALUATION_KEY,
      action: "update",
      before,
      after: settings,
    });
    return settings;
  });
}
