import { createHash, randomBytes } from "node:crypto";
import { type Actor, DomainError, type Role } from "@cw/domain";
import { decoyHash, verifyPassword } from "../auth/password.ts";
import type { AnonymousServiceContext } from "./service-context.ts";
import { loadSettings } from "./settings.ts";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
/** The stored id of a session token (only its hash is kept). */
export const sessionIdOf = hashToken;
/** Sliding expiry is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface SignedInUser extends Actor {
  username: string;
  unitName: string | null;
  /** An admin set the password: nothing but changing it is allowed (trpc.ts). */
  mustChangePassword?: boolean;
}

const SIGNED_IN = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  unitId: true,
  active: true,
  mustChangePassword: true,
  unit: { select: { name: true } },
} as const;

/** Checks a username and password; the same error whether the user or the password is wrong. */
export async function authenticate(
  ctx: AnonymousServiceContext,
  input: { username: string; password: string },
): Promise<SignedInUser> {
  const user = await ctx.prisma.user.findUnique({
    where: { username: input.username.trim() },
    select: { ...SIGNED_IN, passwordHash: true },
  });
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok) throw new DomainError("unauthorized", "error.login_failed");
  if (!user.active) throw new DomainError("forbidden", "error.account_inactive");
  return toSignedIn(user);
}

/** Creates a session and returns the token for the cookie (only its hash is stored). */
export async function createSession(
  ctx: AnonymousServiceContext,
  userId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const { sessionIdleHours } = await loadSettings(ctx.prisma);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(ctx.now.getTime() + sessionIdleHours * 3_600_000);
  await ctx.prisma.session.create({
    data: { id: hashToken(token), userId, expiresAt, lastSeenAt: ctx.now, createdAt: ctx.now },
    select: { id: true },
  });
  return { token, expiresAt };
}

/** The signed-in user for a session token, extending the session; null if unknown or expired. */
export async function resolveSession(
  ctx: AnonymousServiceContext,
  token: string,
): Promise<SignedInUser | null> {
  const { prisma, now } = ctx;
  // Every request of a signed-in user starts here: one statement, not one per relation.
  const [session] = await prisma.$queryRaw<SessionRow[]>`
    SELECT s."id", s."expiresAt", s."lastSeenAt", u."id" AS "userId", u."username",
           u."displayName", u."role"::text AS "role", u."unitId", u."active",
           u."mustChangePassword", un."name" AS "unitName"
      FROM "session" s
      JOIN "app_user" u ON u."id" = s."userId"
      LEFT JOIN "responsible_unit" un ON un."id" = u."unitId"
     WHERE s."id" = ${hashToken(token)}`;
  if (!session || session.expiresAt <= now || !session.active) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    const { sessionIdleHours } = await loadSettings(prisma);
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + sessionIdleHours * 3_600_000) },
      select: { id: true },
    });
  }
  return {
    id: session.userId,
    username: session.username,
    displayName: session.displayName,
    role: session.role,
    unitId: session.unitId,
    unitName: session.unitName,
    mustChangePassword: session.mustChangePassword,
  };
}

interface SessionRow {
  id: string;
  expiresAt: Date;
  lastSeenAt: Date;
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  active: boolean;
  mustChangePassword: boolean;
  unitName: string | null;
}

export async function deleteSession(ctx: AnonymousServiceContext, token: string): Promise<void> {
  await ctx.prisma.session.deleteMany({ where: { id: hashToken(token) } });
}

function toSignedIn(user: {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  mustChangePassword: boolean;
  unit: { name: string } | null;
}): SignedInUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    unitName: user.unit?.name ?? null,
    mustChangePassword: user.mustChangePassword,
  };
}
