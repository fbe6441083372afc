import {
  type Actor,
  type AdminUser,
  assertPasswordLength,
  assertUnitForRole,
  type CreateUserInput,
  DomainError,
  type ListUsersInput,
  type Role,
  type UpdateUserInput,
} from "@cw/domain";
import { hashPassword } from "../../auth/password.ts";
import type { Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { recordAudit, type Tx } from "../audit.ts";
import {
  afterKeyset,
  assertRef,
  changeAction,
  decodeCursor,
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
  role: true,
  unitId: true,
  active: true,
  createdAt: true,
  updatedAt: true,
  unit: { select: { name: true } },
} as const satisfies Prisma.UserSelect;
type UserRow = Prisma.UserGetPayload<{ select: typeof userColumns }>;

function toUser({ unit, ...row }: UserRow): AdminUser {
  return { ...row, role: row.role as Role, unitName: unit?.name ?? null };
}

export async function listUsers(
  prisma: PrismaClient,
  input: ListUsersInput,
): Promise<{ items: AdminUser[]; nextCursor: string | null }> {
  const text = input.text || undefined;
  const where: Prisma.UserWhereInput = {
    AND: [
      input.role ? { role: input.role } : {},
      input.unitId ? { unitId: input.unitId } : {},
      input.active === undefined ? {} : { active: input.active },
      text
        ? {
            OR: [
              { username: { contains: text, mode: "insensitive" } },
              { displayName: { contains: text, mode: "insensitive" } },
            ],
          }
        : {},
      afterKeyset("username", decodeCursor(input.cursor)),
    ],
  };
  const rows = await prisma.user.findMany({
    where,
    select: userColumns,
    orderBy: [{ username: "asc" }, { id: "asc" }],
    take: input.limit + 1,
  });
  return toPage(rows.map(toUser), input.limit, (u) => u.username);
}

export async function getUser(prisma: PrismaClient, id: string): Promise<AdminUser> {
  return toUser(
    found(await prisma.user.findUnique({ where: { id }, select: userColumns }), "user", id),
  );
}

export async function createUser(
  prisma: PrismaClient,
  actor: Actor,
  input: CreateUserInput,
  now: Date,
): Promise<AdminUser> {
  const { password, ...fields } = input;
  const unitId = input.unitId ?? null;
  assertPasswordLength(password);
  assertUnitForRole(input.role, unitId);
  // Hashing takes ~100 ms; do it before the transaction so it holds no locks meanwhile.
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username: input.username } }))
      throw duplicate("username");
    if (unitId) await assertUnit(tx, unitId);
    const row = await tx.user.create({
      data: { ...fields, phone: fields.phone ?? null, unitId, passwordHash },
      select: userColumns,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: row.id,
      action: "create",
      after: snapshot(row),
      at: now,
    });
    return toUser(row);
  });
}

export async function updateUser(
  prisma: PrismaClient,
  actor: Actor,
  input: UpdateUserInput,
  now: Date,
): Promise<AdminUser> {
  const { id, ...changes } = input;
  return prisma.$transaction(async (tx) => {
    const before = found(
      await tx.user.findUnique({ where: { id }, select: userColumns }),
      "user",
      id,
    );
    // An admin who disables or demotes themselves could leave the city with no admin.
    const selfLockout =
      changes.active === false || (changes.role !== undefined && changes.role !== before.role);
    if (id === actor.id && selfLockout) throw new DomainError("bad_request", "admin.own_account");
    const unitId = changes.unitId !== undefined ? changes.unitId : before.unitId;
    assertUnitForRole((changes.role ?? before.role) as Role, unitId);
    if (changes.unitId) await assertUnit(tx, changes.unitId);
    const after = await tx.user.update({ where: { id }, data: changes, select: userColumns });
    // A disabled account must not stay signed in on some browser.
    if (!after.active) await tx.session.deleteMany({ where: { userId: id } });
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: id,
      action: changeAction(before, after),
      before: snapshot(before),
      after: snapshot(after),
      at: now,
    });
    return toUser(after);
  });
}

/** Sets a new password and signs the user out everywhere, since the old one may be known. */
export async function resetUserPassword(
  prisma: PrismaClient,
  actor: Actor,
  input: { id: string; password: string },
  now: Date,
): Promise<AdminUser> {
  assertPasswordLength(input.password);
  const passwordHash = await hashPassword(input.password);
  return prisma.$transaction(async (tx) => {
    found(await tx.user.findUnique({ where: { id: input.id } }), "user", input.id);
    const user = await tx.user.update({
      where: { id: input.id },
      data: { passwordHash },
      select: userColumns,
    });
    const ended = await tx.session.deleteMany({ where: { userId: input.id } });
    // The audit says that the password changed, never what it is or its hash.
    await recordAudit(tx, {
      actorId: actor.id,
      entityType: "user",
      entityId: input.id,
      action: "reset_password",
      after: { passwordChanged: true, sessionsEnded: ended.count },
      at: now,
    });
    return toUser(user);
  });
}

async function assertUnit(tx: Tx, unitId: string): Promise<void> {
  assertRef(await tx.responsibleUnit.findUnique({ where: { id: unitId } }), "unitId");
}
