// Optional TOTP two-step sign-in for admins and coordinators (docs/decisions/0019-totp.md):
// RFC 6238 codes (6 digits, 30 s) with otplib, the secret sealed with the secret box and shown
// once, at enrolment. A code is accepted once (its time step is remembered) and one step
// either side of the server's clock, for phones whose clocks drift.
import { DomainError } from "@cw/domain";
import { generateSecret, generateURI, verifySync } from "otplib";
import QRCode from "qrcode";
import { requireSecretBox } from "../channels/secret-box.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { recordAudit } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";
import type { SignedInUser } from "./sessions.ts";

/** Who may turn it on: the roles that change the configuration or the whole city's work. */
export const TOTP_ROLES: readonly string[] = ["admin", "coordinator"];
const ISSUER = "创文督查整改";
const PERIOD = 30;

const wrongCode = () =>
  new DomainError("bad_request", "auth.totp_wrong", {}, { code: "auth.totp_wrong" });

/** The time step the code belongs to, or null when it is wrong or was used already. */
export function checkTotpCode(
  sealedSecret: string,
  code: string,
  now: Date,
  lastStep: number | null,
): number | null {
  const secret = requireSecretBox("code").open(sealedSecret);
  const result = verifySync({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: PERIOD,
    period: PERIOD,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid && "timeStep" in result ? result.timeStep : null;
}

export async function totpStatus(ctx: ServiceContext<SignedInUser>) {
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: ctx.actor.id },
    select: { totpEnabledAt: true },
  });
  return { enabled: user.totpEnabledAt !== null, allowed: TOTP_ROLES.includes(ctx.actor.role) };
}

/** A new secret for the actor, not yet in force: confirmTotp with a code turns it on. */
export async function startTotpEnrolment(ctx: ServiceContext<SignedInUser>) {
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: ctx.actor.id },
    select: { username: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new DomainError("conflict", "auth.totp_already_enabled");
  const box = requireSecretBox("code");
  const secret = generateSecret();
  const uri = generateURI({ issuer: ISSUER, label: user.username, secret, period: PERIOD });
  await ctx.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: ctx.actor.id },
      data: { totpSecret: box.seal(secret), totpLastStep: null },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "user",
      entityId: ctx.actor.id,
      action: "totp_enrolment_started",
      after: { totp: "pending" },
    });
  });
  return { secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
}

/** Turns two-step sign-in on with a first code from the app. */
export async function confirmTotp(ctx: ServiceContext<SignedInUser>, input: { code: string }) {
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: ctx.actor.id },
    select: { totpSecret: true, totpEnabledAt: true },
  });
  if (user.totpEnabledAt) throw new DomainError("conflict", "auth.totp_already_enabled");
  if (!user.totpSecret) throw new DomainError("bad_request", "auth.totp_not_started");
  const step = checkTotpCode(user.totpSecret, input.code, ctx.now, null);
  if (step === null) throw wrongCode();
  await setTotp(ctx, { totpEnabledAt: ctx.now, totpLastStep: step }, "totp_enabled");
  return { enabled: true, allowed: true };
}

/** Turns it off; a current code proves the phone is at hand (a lost phone: an admin resets). */
export async function disableTotp(ctx: ServiceContext<SignedInUser>, input: { code: string }) {
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: ctx.actor.id },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user.totpEnabledAt || !user.totpSecret)
    throw new DomainError("bad_request", "auth.totp_not_enabled");
  if (checkTotpCode(user.totpSecret, input.code, ctx.now, user.totpLastStep) === null)
    throw wrongCode();
  await setTotp(
    ctx,
    { totpSecret: null, totpEnabledAt: null, totpLastStep: null },
    "totp_disabled",
  );
  return { enabled: false, allowed: TOTP_ROLES.includes(ctx.actor.role) };
}

async function setTotp(
  ctx: ServiceContext<SignedInUser>,
  data: { totpSecret?: null; totpEnabledAt: Date | null; totpLastStep: number | null },
  action: string,
) {
  await ctx.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: ctx.actor.id }, data, select: { id: true } });
    await recordAudit(tx, ctx, {
      entityType: "user",
      entityId: ctx.actor.id,
      action,
      after: { totp: data.totpEnabledAt ? "on" : "off" },
    });
  });
}

/**
 * At sign-in, after the password: nothing when the account has no two-step sign-in;
 * otherwise the code must be given (auth.totp_required) and right, and it is used up.
 * Returns false for a wrong code (the caller counts it as a failed sign-in).
 */
export async function passTotpAtSignIn(
  prisma: PrismaClient,
  userId: string,
  code: string | undefined,
  now: Date,
): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { totpSecret: true, totpEnabledAt: true, totpLastStep: true },
  });
  if (!user.totpEnabledAt || !user.totpSecret) return true;
  if (!code)
    throw new DomainError(
      "unauthorized",
      "auth.totp_required",
      {},
      { totpCode: "auth.totp_required" },
    );
  const step = checkTotpCode(user.totpSecret, code, now, user.totpLastStep);
  if (step === null) return false;
  // Used up: only if no other sign-in took the same step in between.
  const taken = await prisma.user.updateMany({
    where: {
      id: userId,
      OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }],
    },
    data: { totpLastStep: step },
  });
  return taken.count === 1;
}
