// Saved task views (decision 0022): each person's own, private. Saving stores the search's
// params in the keys' order; params tasks.list would refuse refuse the view with a clear
// message; another user neither lists nor deletes someone's view.
import type { SignedInUser } from "@cw/db";
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import { formatMessage } from "@cw/domain";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ZodError } from "zod";
import { callerFor, domainErrorOf } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z");
const UNIT = "a0000000-0000-4000-8000-000000000001";

/** The input problems of a refused call: path → message key. */
async function inputErrorsOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    const issues = ((error as TRPCError).cause as ZodError).issues;
    return {
      code: (error as TRPCError).code,
      issues: issues.map((i) => [i.path.join("."), i.message]),
    };
  }
  throw new Error("expected the call to fail");
}

describe.each(testEngines())("saved task views on %s", (kind) => {
  let db: TestDatabase;
  let alice: SignedInUser;
  let bob: SignedInUser;
  let officer: SignedInUser;
  const as = (user: SignedInUser) => callerFor(db, user, NOW);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    alice = await createTestUser(db.prisma, "coordinator", null, "alice");
    bob = await createTestUser(db.prisma, "coordinator", null, "bob");
    officer = await createTestUser(db.prisma, "unit_officer", null, "officer");
  });
  afterAll(() => db.destroy());

  it("saves a search by name, in the keys' order, and lists only the owner's", async () => {
    const saved = await as(alice).taskViews.save({
      name: "  逾期督办 ",
      query: `timing=overdue&text=垃圾&unitId=${UNIT}&sort=due_asc&status=assigned,in_progress`,
    });
    expect(saved).toMatchObject({
      name: "逾期督办",
      query: `unitId=${UNIT}&status=assigned%2Cin_progress&timing=overdue&text=%E5%9E%83%E5%9C%BE&sort=due_asc`,
      createdAt: NOW,
    });
    await as(alice).taskViews.save({ name: "全部", query: "" });
    await as(bob).taskViews.save({ name: "全部", query: "timing=escalated" });
    expect((await as(alice).taskViews.mine()).map((v) => v.name)).toEqual(["全部", "逾期督办"]);
    expect(await as(bob).taskViews.mine()).toEqual([
      { id: expect.any(String), name: "全部", query: "timing=escalated", createdAt: NOW },
    ]);
    expect(await as(officer).taskViews.mine()).toEqual([]);
  });

  it("refuses a second view of the same name, with the name in the message", async () => {
    const error = await domainErrorOf(
      as(alice).taskViews.save({ name: "全部", query: "open=true" }),
    );
    expect(error).toEqual({
      code: "CONFLICT",
      key: "task_view.name_taken",
      fields: { name: "task_view.name_taken" },
    });
    expect(formatMessage("task_view.name_taken", "en", { name: "全部" })).toBe(
      'You already have a view named "全部"; choose another name.',
    );
  });

  it.each([
    ["an unknown param", "tab=overdue"],
    ["a timing tasks.list does not know", "timing=late"],
    ["a unit that is not an id", "unitId=42"],
    ["an unknown state", "status=closed,lost"],
    ["a date that is not one", "foundFrom=2026-13-01"],
    ["an unknown order", "sort=random"],
  ])("refuses %s with a clear error and stores nothing", async (_label, query) => {
    expect(await inputErrorsOf(as(alice).taskViews.save({ name: `坏 ${query}`, query }))).toEqual({
      code: "BAD_REQUEST",
      issues: [["query", "task_view.params_invalid"]],
    });
    expect(formatMessage("task_view.params_invalid", "zh-CN")).toBe(
      "筛选条件中有无法识别的项，未能保存该视图。",
    );
    expect((await as(alice).taskViews.mine()).map((v) => v.name)).toEqual(["全部", "逾期督办"]);
  });

  it("lets only the owner delete a view; to anyone else it is not found", async () => {
    const [bobs] = await as(bob).taskViews.mine();
    const id = bobs?.id ?? "";
    expect(await domainErrorOf(as(alice).taskViews.remove({ id }))).toMatchObject({
      code: "NOT_FOUND",
      key: "error.not_found",
    });
    expect(await as(bob).taskViews.mine()).toHaveLength(1);
    expect(await as(bob).taskViews.remove({ id })).toEqual({ id });
    expect(await as(bob).taskViews.mine()).toEqual([]);
    expect(await domainErrorOf(as(bob).taskViews.remove({ id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    // Alice's views are untouched.
    expect(await as(alice).taskViews.mine()).toHaveLength(2);
  });

  it("needs a signed-in user", async () => {
    const anonymous = callerFor(db, null, NOW);
    await expect(anonymous.taskViews.mine()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
