import { type ChangePasswordInput, DomainError } from "@cw/domain";
import { hashPassword, verifyPassword } from "../auth/password.ts";
import { assertPasswordPolicy } from "../auth/password-policy.ts";
import { recordAudit } from "./audit.ts";
import type { ServiceContext } from "./service-context.ts";
import { type SignedInUser, sessionIdOf } from "./sessions.ts";

/**
 * A user sets their own password: the current one proves it is them, the new one meets the
 * policy and differs. Clears the forced change, ends the user's other sessions (the old
 * password may be known elsewhere), and is recorded in the audit and the security log.
 */
export async function changeOwnPassword(
  ctx: ServiceContext<SignedInUser>,
  input: ChangePasswordInput,
  keepSessionToken: string | null,
): Promise<{ ok: true }> {
  const user = await ctx.prisma.user.findUniqueOrThrow({
    where: { id: ctx.actor.id },
    select: { username: true, displayName: true, passwordHash: true },
  });
  if (!(await verifyPassword(input.currentPassword, user.passwordHash)))
    throw new DomainError(
      "bad_request",
      "user.password_wrong",
      {},
      {
        currentPassword: "user.password_wrong",
      },
    );
  if (input.newPassword === input.currentPassword)
    throw new DomainError(
      "bad_request",
      "user.password_same",
      {},
      {
        newPassword: "user.password_same",
      },
    );
  try {
    await assertPasswordPolicy(input.newPassword, [user.username, user.displayName]);
  } catch (error) {
    // The form's field is newPassword; the policy names it "password".
    if (error instanceof DomainError)
      throw new DomainError(error.kind, error.key, error.params, { newPassword: error.key });
    throw error;
  }
  const passwordHash = await hashPassword(input.newPassword);
  const keepSessionId = keepSessionToken ? sessionIdOf(keepSessionToken) : null;
  await ctx.prisma.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: ctx.actor.id },
      data: { passwordHash, mustChangePassword: false },
      select: { id: true },
    });
    const ended = await tx.session.deleteMany({
      where: { userId: ctx.actor.id, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    });
    await tx.securityEvent.create({
      data: {
        at: ctx.now,
        kind: "password_changed",
        username: user.username,
        userId: ctx.actor.id,
      },
      select: { id: true },
    });
    await recordAudit(tx, ctx, {
      entityType: "user",
      entityId: ctx.actor.id,
      action: "change_password",
      after: { passwordChanged: true, sessionsEnded: ended.count },
    });
  });
  return { ok: true };
}
