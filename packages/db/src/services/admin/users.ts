import {
  type Actor,
  type AdminUser,
  assertUnitForRole,
  type CreateUserInput,
  DomainError,
  type ListUsersInput,
  type UpdateUserInput,
} from "@cw/domain";
import { hashPassword } from "../../auth/password.ts";
import { assertPasswordPolicy } from "../../auth/password-policy.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";
import {
  adminListArgs,
  assertRef,
  changeAction,
  duplicate,
  found,
  snapshot,
  toPage,
} from "./admin-helpers.ts";

// Selecting columns (rather than omitting the hash afterwards) keeps the password hash out
// of every result by construction.
const userColumns = {
  id: true,
  username: true,
  displayName: true,
  phone: true,
  email: true,
  locale: true,
  role: true,
  unitId: true,
  active: true,
  isDemo: true,
  createdAt: true,
  updatedAt: true,
  unit: { select: { name: true } },
} as const satisfies Prisma.UserSelect;
type UserRow = Prisma.UserGetPayload<{ select: typeof userColumns }>;

function toUser({ unit, ...row }: UserRow): AdminUser {
  return { ...row, locale: row.locale === "en" ? "en" : "zh-CN", unitName: unit?.name ?? null };
}

export async function listUsers(
  ctx: ServiceContext<Actor>,
  input: ListUsersInput,
): Promise<{ items: AdminUser[]; nextCursor: string | null }> {
  const rows = await ctx.prisma.user.findMany({
    ...adminListArgs<Prisma.UserWhereInput>({
      equal: { role: input.role, unitId: input.unitId || undefined, active: input.active },
      text: { value: input.text, columns: ["username", "displayName"] },
      orderBy: ["username", "id"],
      page: input,
    }),
    select: userColumns,
  });
  return toPage(rows.map(toUser), input.limit, (u) => u.username);
}

export async function getUser(
  ctx: ServiceContext<Actor>,
  input: { id: string },
): Promise<AdminUser> {
  const row = await ctx.prisma.user.findUnique({ where: { id: input.id }, select: userColumns });
  return toUser(found(row, "user", input.id));
}

export async function createUser(
  ctx: ServiceContext<Actor>,
  input: CreateUserInput,
): Promise<AdminUser> {
  const { password, ...fields } = input;
  const unitId = input.unitId ?? null;
  await assertPasswordPolicy(password, [input.username, input.displayName]);
  assertUnitForRole(input.role, unitId);
  // Hashing takes ~100 ms; do it before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(password);
  return ctx.prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } }))
      throw duplicate("username");
    if (unitId) await assertUnit(tx, unitId);
    const row = await tx.user.create({
      // The admin knows this password: the user must choose their own at first sign-in.
      data: {
        ...fields,
        phone: fields.phone ?? null,
        unitId,
        passwordHash,
        mustChangePassword: true,
      },
      select: userColumns,
    });
    await recordAudit(tx, ctx, {
      entityType: "user",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
    });
    return toUser(row);
  });
}

export async function updateUser(
  ctx: ServiceContext<Actor>,
  input: UpdateUserInput,
): Promise<AdminUser> {
  const { id, ...changes } = input;
  return ctx.prisma.$transaction(async (tx) => {
    const before = found(
      await tx.user.findUnique({ where: { id }, select: userColumns }),
      "user",
      id,
    );
    // An admin who disables or demotes themselves could leave the city with no admin.
    const selfLockout =
      changes.active === false || (changes.role !== undefined && changes.role !== before.role);
    if (id === ctx.actor.id && selfLockout) {
      throw new DomainError("bad_request", "admin.own_account");
    }
    const unitId = changes.unitId !== undefined ? changes.unitId : before.unitId;
    assertUnitForRole(changes.role ?? before.role, unitId);
    if (changes.unitId) await assertUnit(tx, changes.unitId);
    const after = await tx.user.update({ where: { id }, data: changes, select: userColumns });
    // A disabled account must not stay signed in on some browser.
    if (!after.active) await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, ctx, {
      entityType: "user",
      entityId: id,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
    });
    return toUser(after);
  });
}

/** Sets a new password and signs the user out everywhere, since the old one may be known. */
export async function resetUserPassword(
  ctx: ServiceContext<Actor>,
  input: { id: string; password: string },
): Promise<AdminUser> {
  const target = found(
    await ctx.prisma.user.findUnique({
      where: { id: input.id },
      select: { username: true, displayName: true },
    }),
    "user",
    input.id,
  );
  await assertPasswordPolicy(input.password, [target.username, target.displayName]);
  const passwordHash = await hashPassword(input.password);
  return ctx.prisma.$transaction(async (tx) => {
    found(
      await tx.user.findUnique({ where: { id: input.id }, select: { id: true } }),
      "user",
      input.id,
    );
    const user = await tx.user.update({
      where: { id: input.id },
      // Also the way back for someone who lost the phone with their TOTP app: two-step
      // sign-in is cleared and they enrol again (docs/decisions/0019-totp.md).
      data: {
        passwordHash,
        mustChangePassword: true,
        totpSecret: null,
        totpEnabledAt: null,
        totpLastStep: null,
      },
      select: userColumns,
    });
    const ended = await tx.session.deleteMany({ where: { userId: input.id } });
    // The audit says that the password changed, never what it is or its hash.
    await recordAudit(tx, ctx, {
      entityType: "user",
      entityId: input.id,
      action: "reset_password",
      after: { passwordChanged: true, sessionsEnded: ended.count },
    });
    return toUser(user);
  });
}

async function assertUnit(tx: Tx, unitId: string): Promise<void> {
  const unit = await tx.responsibleUnit.findUnique({ where: { id: unitId }, select: { id: true } });
  assertRef(unit, "unitId");
}
