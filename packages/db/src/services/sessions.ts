import { createHash, randomBytes } from "node:crypto";
import { type Actor, DomainError, type Role } from "@cw/domain";
import { decoyHash, verifyPassword } from "../auth/password.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
/** Sliding expiry is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface SignedInUser extends Actor {
  username: string;
  unitName: string | null;
}

/** Checks a username and password; the same error whether the user or the password is wrong. */
export async function authenticate(
  prisma: PrismaClient,
  username: string,
  password: string,
): Promise<SignedInUser> {
  const user = await prisma.user.findUnique({
    where: { username: username.trim() },
    include: { unit: { select: { name: true } } },
  });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !ok) throw new DomainError("unauthorized", "error.login_failed");
  if (!user.active) throw new DomainError("forbidden", "error.account_inactive");
  return toSignedIn(user);
}

/** Creates a session and returns the token for the cookie (only its hash is stored). */
export async function createSession(
  prisma: PrismaClient,
  userId: string,
  now: Date,
  idleHours: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + idleHours * 3_600_000);
  await prisma.session.create({
    data: { id: hashToken(token), userId, expiresAt, lastSeenAt: now },
  });
  return { token, expiresAt };
}

/** The signed-in user for a session token, extending the session; null if unknown or expired. */
export async function resolveSession(
  prisma: PrismaClient,
  token: string,
  now: Date,
  idleHours: number,
): Promise<SignedInUser | null> {
  const session = await prisma.session.findUnique({
    where: { id: hashToken(token) },
    include: { user: { include: { unit: { select: { name: true } } } } },
  });
  if (!session || session.expiresAt <= now || !session.user.active) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await prisma.session.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + idleHours * 3_600_000) },
    });
  }
  return toSignedIn(session.user);
}

export async function deleteSession(prisma: PrismaClient, token: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: hashToken(token) } });
}

function toSignedIn(user: {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitId: string | null;
  unit: { name: string } | null;
}): SignedInUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role as Role,
    unitId: user.unitId,
    unitName: user.unit?.name ?? null,
  };
}
