import { DomainError, lockedMinutesLeft, throttleKeys } from "@cw/domain";
import type { SecurityEventKind } from "../generated/prisma/client.ts";
import { clearFailures, countFailure, readLockout } from "../queries/sign-in-throttle.ts";
import type { AnonymousServiceContext } from "./service-context.ts";
import { authenticate, createSession, type SignedInUser } from "./sessions.ts";
import { passTotpAtSignIn } from "./totp.ts";

export interface SignInInput {
  username: string;
  password: string;
  /** The 6-digit code, for accounts with two-step sign-in on (services/totp.ts). */
  totpCode?: string | undefined;
  /** The client's address as the HTTP layer sees it; null for callers without one. */
  address?: string | null;
}

const lockedError = (lockedUntil: Date, now: Date) =>
  new DomainError("too_many_requests", "auth.locked", {
    minutes: lockedMinutesLeft(lockedUntil, now),
  });

/**
 * Sign-in: the user behind a username and password, and a new session for the cookie.
 * Throttled per account and per address (docs/decisions/0014): while either is locked the
 * password is not even checked; each failure is counted in the database, so every app server
 * shares the count. Every outcome goes to the security log.
 */
export async function signIn(
  ctx: AnonymousServiceContext,
  input: SignInInput,
): Promise<{ user: SignedInUser; session: { token: string; expiresAt: Date } }> {
  const { prisma, now } = ctx;
  const address = input.address ?? null;
  const username = input.username.trim();
  const keys = throttleKeys(username, address);
  const log = (kind: SecurityEventKind, userId: string | null = null) =>
    prisma.securityEvent.create({
      data: { at: now, kind, username, userId, address },
      select: { id: true },
    });

  const locked = await readLockout(
    prisma,
    keys.map((k) => k.key),
    now,
  );
  if (locked) {
    await log("refused_locked");
    throw lockedError(locked, now);
  }
  // A wrong password and a wrong code count alike against the throttle.
  const failed = async (error: DomainError): Promise<never> => {
    await log("sign_in_failed");
    let lockout: Date | null = null;
    for (const { key, rule } of keys) {
      const until = await countFailure(prisma, key, rule, now);
      if (until && (!lockout || until > lockout)) lockout = until;
    }
    if (lockout) {
      await log("locked_out");
      throw lockedError(lockout, now);
    }
    throw error;
  };
  let user: SignedInUser;
  try {
    user = await authenticate(ctx, input);
  } catch (error) {
    if (!(error instanceof DomainError) || error.key !== "error.login_failed") throw error;
    return failed(error);
  }
  if (!(await passTotpAtSignIn(prisma, user.id, input.totpCode, now))) {
    return failed(
      new DomainError("unauthorized", "auth.totp_wrong", {}, { totpCode: "auth.totp_wrong" }),
    );
  }
  await clearFailures(prisma, keys[0]?.key ?? "");
  await log("sign_in_succeeded", user.id);
  return { user, session: await createSession(ctx, user.id) };
}
