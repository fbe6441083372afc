import {
  type Actor,
  assertRobotConfig,
  assertSmsGateway,
  maskRobotUrl,
  type SmsGatewayInput,
  type UnitChannelInput,
} from "@cw/domain";
import { loadSecretBox, requireSecretBox } from "../../channels/secret-box.ts";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";

/** A unit's robots as the admin screen shows them: the URL masked, the secret only as "set". */
export async function listUnitChannels(ctx: ServiceContext<Actor>, input: { unitId?: string }) {
  const rows = await ctx.prisma.unitChannel.findMany({
    where: input.unitId ? { unitId: input.unitId } : {},
    orderBy: [{ unitId: "asc" }, { channel: "asc" }],
    select: {
      id: true,
      unitId: true,
      unit: { select: { name: true } },
      channel: true,
      webhookMasked: true,
      secretCipher: true,
      active: true,
      updatedAt: true,
    },
  });
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitName: r.unit.name,
    channel: r.channel as "wecom" | "dingtalk",
    webhookMasked: r.webhookMasked,
    secretSet: r.secretCipher !== null,
    active: r.active,
    updatedAt: r.updatedAt,
  }));
}

/** Stores a unit's robot after checking its URL; secrets are sealed and never echoed. */
export async function storeUnitChannel(ctx: ServiceContext<Actor>, input: UnitChannelInput) {
  assertRobotConfig(input);
  const box = requireSecretBox("webhookUrl");
  const data = {
    webhookCipher: box.seal(input.webhookUrl),
    secretCipher: input.secret ? box.seal(input.secret) : null,
    webhookMasked: maskRobotUrl(input.channel, input.webhookUrl),
    active: input.active,
  };
  return ctx.prisma.$transaction(async (tx) => {
    const row = await tx.unitChannel.upsert({
      where: { unitId_channel: { unitId: input.unitId, channel: input.channel } },
      create: { unitId: input.unitId, channel: input.channel, ...data },
      update: data,
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "unit_channel",
      entityId: row.id,
      action: "store",
      after: {
        unitId: input.unitId,
        channel: input.channel,
        webhook: data.webhookMasked,
        secretSet: data.secretCipher !== null,
        active: input.active,
      },
    });
    return { id: row.id, webhookMasked: data.webhookMasked };
  });
}

const SMS_KEY = "sms_gateway";

interface StoredSmsGateway extends Omit<SmsGatewayInput, "secret"> {
  secretCipher: string | null;
}

export async function loadSmsGateway(
  db: PrismaClient | Tx,
): Promise<{ gateway: SmsGatewayInput; secret: string } | null> {
  const row = await db.setting.findUnique({ where: { key: SMS_KEY }, select: { value: true } });
  if (!row) return null;
  const { secretCipher, ...gateway } = row.value as unknown as StoredSmsGateway;
  const box = loadSecretBox();
  const secret = secretCipher && box ? box.open(secretCipher) : "";
  return { gateway: { ...gateway, secret: null }, secret };
}

/** The SMS gateway for the admin screen: templates shown, the secret only as "set". */
export async function readSmsGateway(ctx: ServiceContext<Actor>) {
  const row = await ctx.prisma.setting.findUnique({
    where: { key: SMS_KEY },
    select: { value: true },
  });
  if (!row) return null;
  const { secretCipher, ...gateway } = row.value as unknown as StoredSmsGateway;
  return { ...gateway, secretSet: secretCipher !== null };
}

export async function storeSmsGateway(ctx: ServiceContext<Actor>, input: SmsGatewayInput) {
  assertSmsGateway(input);
  return ctx.prisma.$transaction(async (tx) => {
    const previous = await tx.setting.findUnique({
      where: { key: SMS_KEY },
      select: { value: true },
    });
    const kept = (previous?.value as unknown as StoredSmsGateway | undefined)?.secretCipher ?? null;
    const secretCipher = input.secret ? requireSecretBox("secret").seal(input.secret) : kept;
    const { secret: _secret, ...templates } = input;
    const value = { ...templates, secretCipher };
    await tx.setting.upsert({
      where: { key: SMS_KEY },
      create: { key: SMS_KEY, value },
      update: { value },
      select: { key: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "setting",
      entityId: SMS_KEY,
      action: "update",
      after: { ...templates, secretSet: secretCipher !== null },
    });
    return { ...templates, secretSet: secretCipher !== null };
  });
}
