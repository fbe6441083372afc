// Shared set-up for the admin API tests: one user per role and a caller for each.
import type { SignedInUser } from "@cw/db";
import { createTestUser, type TestDatabase, unitRecord } from "@cw/db/testing";
import { type AdminSite, DomainError, ROLES, type Role } from "@cw/domain";
import { TRPCError } from "@trpc/server";
import { expect } from "vitest";
import { callerContext } from "../../src/context.ts";
import { createCaller } from "../../src/router.ts";

export type Caller = ReturnType<typeof createCaller>;
export const NOW = new Date("2026-11-20T04:00:00Z");
export const NON_ADMIN_ROLES = ROLES.filter((r) => r !== "admin");

export interface AdminFixture {
  unitId: string;
  actors: Record<Role, SignedInUser>;
  as(role: Role): Caller;
  anonymous: Caller;
}

export async function adminFixture(db: TestDatabase): Promise<AdminFixture> {
  const unit = unitRecord({ code: "FIX-UNIT", name: "测试街道办" });
  await db.prisma.responsibleUnit.create({ data: unit });
  const actors = {} as Record<Role, SignedInUser>;
  for (const role of ROLES) {
    actors[role] = await createTestUser(db.prisma, role, role === "unit_officer" ? unit.id : null);
  }
  const callers = new Map(
    ROLES.map((role) => [role, createCaller(callerContext(db, actors[role], { now: () => NOW }))]),
  );
  return {
    unitId: unit.id,
    actors,
    as: (role) => callers.get(role) as Caller,
    anonymous: createCaller(callerContext(db, null, { now: () => NOW })),
  };
}

/** Awaits a call that must fail with this tRPC code; returns the domain error behind it. */
export async function rejects(
  call: Promise<unknown>,
  code: TRPCError["code"],
): Promise<DomainError | undefined> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  const cause = (error as TRPCError).cause;
  return cause instanceof DomainError ? cause : undefined;
}

/** Every non-admin role is refused with FORBIDDEN, and a caller without a session with UNAUTHORIZED. */
export async function onlyAdmin(fx: AdminFixture, call: (c: Caller) => Promise<unknown>) {
  for (const role of NON_ADMIN_ROLES) await rejects(call(fx.as(role)), "FORBIDDEN");
  await rejects(call(fx.anonymous), "UNAUTHORIZED");
}

export async function auditEvents(db: TestDatabase, entityType: string, entityId?: string) {
  return db.prisma.auditEvent.findMany({
    where: { entityType, ...(entityId ? { entityId } : {}) },
    orderBy: { id: "asc" },
  });
}

/** Follows nextCursor to the end, collecting every page. */
export async function allPages(caller: Caller, filter: Parameters<Caller["sites"]["list"]>[0]) {
  const pages: AdminSite[][] = [];
  let cursor: string | undefined;
  do {
    const page = await caller.sites.list({ ...filter, ...(cursor ? { cursor } : {}) });
    pages.push(page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && pages.length < 20);
  return pages;
}
