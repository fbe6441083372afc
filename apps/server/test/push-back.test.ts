// Units push back (issue 12): an extension request (申请延期) the coordinator approves or
// refuses, and a task returned as not the unit's responsibility (退回，非本单位职责) that goes
// back to the coordinator to dispatch again. Fixture (createTaskFixture): unit A 市交通运输局
// owns the site 二级汽车客运站; dispatched tasks have the deadline 2026-12-31. Today is
// 2026-11-20 (Beijing). Worked by hand:
//   - a deadline D is overdue from 00:00 Beijing of D + 1, i.e. D 16:00 UTC;
//   - approving the request for 2027-01-15 moves dueAt to 2027-01-15T16:00Z;
//   - a pushed-back task has no unit, owner or deadline, so unit A's list no longer has it.
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import type { TransitionInput } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, domainErrorOf } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z");

describe.each(testEngines())("extension requests and push-back on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  const as = (who: keyof TaskFixture["users"]) => callerFor(db, f.users[who], NOW);
  const act = (who: keyof TaskFixture["users"], input: TransitionInput) =>
    as(who).tasks.transition(input);
  const row = (findingId: string) =>
    db.prisma.rectificationTask.findUniqueOrThrow({
      where: { findingId },
      select: { status: true, version: true, unitId: true, deadline: true, dueAt: true },
    });
  const notices = (event: string, taskId?: string) =>
    db.prisma.notification.findMany({
      where: { event: event as never, ...(taskId ? { taskId } : {}) },
      select: { recipientUserId: true, title: true, body: true },
    });
  const taskIdOf = async (findingId: string) =>
    (await db.prisma.rectificationTask.findUniqueOrThrow({ where: { findingId } })).id;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  it("a request keeps the state, waits in the coordinator's queue and tells the coordinators", async () => {
    const { findingId } = await f.task("in_progress", { code: "EXT-001" });
    const done = await act("officerA", {
      action: "request_extension",
      findingId,
      expectedVersion: 1,
      deadline: "2027-01-15",
      reason: "需采购护栏材料",
    });
    expect(done).toEqual({ findingId, status: "in_progress", version: 2 });
    const queue = await as("coordinator").tasks.list({ timing: "extension_requested" });
    expect(queue.items.map((i) => i.code)).toEqual(["EXT-001"]);
    const detail = await as("coordinator").tasks.get({ findingId });
    expect(detail.extensionRequests).toMatchObject([
      {
        reason: "需采购护栏材料",
        previousDeadline: "2026-12-31",
        proposedDeadline: "2027-01-15",
        status: "pending",
        decidedAt: null,
      },
    ]);
    expect(detail.availableActions).toEqual(
      expect.arrayContaining(["approve_extension", "refuse_extension"]),
    );
    const sent = await notices("extension_requested", await taskIdOf(findingId));
    expect(sent).toEqual([
      {
        recipientUserId: f.users.coordinator.id,
        title: "延期申请 EXT-001",
        body: "市交通运输局申请延长二级汽车客运站的问题 EXT-001 的整改期限（现为 2026-12-31），请审批。理由：需采购护栏材料",
      },
    ]);
    // One request at a time.
    const again = await domainErrorOf(
      act("officerA", {
        action: "request_extension",
        findingId,
        expectedVersion: 2,
        deadline: "2027-01-20",
        reason: "再延",
      }),
    );
    expect([again.code, again.key]).toEqual(["CONFLICT", "workflow.extension_pending"]);
  });

  it("refuses a date that is not later than the deadline, or none, and changes nothing", async () => {
    const { findingId } = await f.task("assigned");
    const early = await domainErrorOf(
      act("officerA", {
        action: "request_extension",
        findingId,
        expectedVersion: 1,
        deadline: "2026-12-31",
        reason: "理由",
      }),
    );
    expect(early).toEqual({
      code: "BAD_REQUEST",
      key: "workflow.extension_not_later",
      fields: { deadline: "workflow.extension_not_later" },
    });
    const none = await domainErrorOf(
      act("officerA", { action: "request_extension", findingId, expectedVersion: 1, reason: "x" }),
    );
    expect(none.fields).toEqual({ deadline: "workflow.deadline_required" });
    expect(await row(findingId)).toMatchObject({ status: "assigned", version: 1 });
    expect(await db.prisma.extensionRequest.count({ where: { task: { findingId } } })).toBe(0);
  });

  it("approving moves the deadline and the overdue clock to the date asked, and tells the unit", async () => {
    const { findingId } = await f.task("in_progress", { extensionPending: true, code: "EXT-003" });
    await act("coordinator", {
      action: "approve_extension",
      findingId,
      expectedVersion: 1,
      comment: "同意",
    });
    expect(await row(findingId)).toMatchObject({
      status: "in_progress",
      version: 2,
      deadline: new Date("2027-01-15T00:00:00Z"),
      dueAt: new Date("2027-01-15T16:00:00Z"),
    });
    const [request] = (await as("officerA").tasks.get({ findingId })).extensionRequests;
    expect(request).toMatchObject({
      status: "approved",
      grantedDeadline: "2027-01-15",
      decisionNote: "同意",
    });
    const sent = await notices("extension_approved", await taskIdOf(findingId));
    expect(sent.map((n) => [n.recipientUserId, n.title])).toEqual([
      [f.users.officerA.id, "同意延期 EXT-003"],
    ]);
    const twice = await domainErrorOf(
      act("coordinator", { action: "approve_extension", findingId, expectedVersion: 2 }),
    );
    expect([twice.code, twice.key]).toEqual(["CONFLICT", "workflow.no_extension_request"]);
  });

  it("a coordinator may grant another date, or refuse and keep the deadline", async () => {
    const other = await f.task("assigned", { extensionPending: true });
    await act("coordinator", {
      action: "approve_extension",
      findingId: other.findingId,
      expectedVersion: 1,
      deadline: "2027-01-10",
    });
    expect((await row(other.findingId)).dueAt).toEqual(new Date("2027-01-10T16:00:00Z"));

    const refused = await f.task("assigned", { extensionPending: true });
    const noReason = await domainErrorOf(
      act("coordinator", {
        action: "refuse_extension",
        findingId: refused.findingId,
        expectedVersion: 1,
      }),
    );
    expect(noReason.fields).toEqual({ reason: "workflow.reason_required" });
    await act("coordinator", {
      action: "refuse_extension",
      findingId: refused.findingId,
      expectedVersion: 1,
      reason: "材料可就近采购",
    });
    expect(await row(refused.findingId)).toMatchObject({
      version: 2,
      deadline: new Date("2026-12-31T00:00:00Z"),
    });
    const [request] = (await as("coordinator").tasks.get({ findingId: refused.findingId }))
      .extensionRequests;
    expect(request).toMatchObject({ status: "refused", decisionNote: "材料可就近采购" });
  });

  it("a pending request lapses when the task is transferred away from the unit", async () => {
    const { findingId } = await f.task("in_progress", { extensionPending: true });
    await act("coordinator", {
      action: "transfer",
      findingId,
      expectedVersion: 1,
      unitId: f.unitB,
      reason: "属市场监管职责",
    });
    const [request] = (await as("coordinator").tasks.get({ findingId })).extensionRequests;
    expect(request?.status).toBe("lapsed");
    const queue = await as("coordinator").tasks.list({ timing: "extension_requested" });
    expect(queue.items.some((i) => i.findingId === findingId)).toBe(false);
  });

  it("a bulk dispatch starts with the site's unit, never the one that pushed the task back", async () => {
    await f.task("new", { code: "SU-001" });
    await f.task("pushed_back", { code: "SU-002" });
    await f.task("assigned", { code: "SU-003" });
    const { items } = await as("coordinator").tasks.list({ text: "SU-" });
    const suggested = Object.fromEntries(items.map((i) => [i.code, i.suggestedUnitId]));
    expect(suggested).toEqual({ "SU-001": f.unitA, "SU-002": null, "SU-003": null });
  });

  it("a push-back leaves the unit, reaches the coordinators, and a dispatch hands it on", async () => {
    const { findingId } = await f.task("assigned", { code: "PB-001" });
    const done = await act("officerA", {
      action: "push_back",
      findingId,
      expectedVersion: 1,
      reason: "该路段由市政管理",
    });
    expect(done.status).toBe("pushed_back");
    expect(await row(findingId)).toMatchObject({ unitId: null, deadline: null, dueAt: null });

    // Gone from the unit (its list and its figures), waiting on the coordinators' board tab.
    const unitList = await as("officerA").tasks.list({});
    expect(unitList.items.some((i) => i.code === "PB-001")).toBe(false);
    const officerSees = await domainErrorOf(as("officerA").tasks.get({ findingId }));
    expect(officerSees.key).toBe("error.forbidden_unit");
    const tab = await as("coordinator").tasks.list({ status: ["pushed_back"] });
    expect(tab.items.map((i) => i.code)).toContain("PB-001");
    const tabs = await as("coordinator").tasks.boardTabs();
    expect(tabs.find((t) => t.key === "pushed_back")).toMatchObject({
      filter: { status: ["pushed_back"] },
      bulk: "dispatch",
    });

    const detail = await as("coordinator").tasks.get({ findingId });
    expect(detail.pushedBack).toMatchObject({
      unit: { id: f.unitA, name: "市交通运输局" },
      reason: "该路段由市政管理",
    });
    // The site's unit is the one that pushed it back: not suggested again.
    expect(detail.dispatchSuggestion).toEqual({ unit: null, owner: null });
    const sent = await notices("pushed_back", await taskIdOf(findingId));
    expect(sent).toEqual([
      {
        recipientUserId: f.users.coordinator.id,
        title: "任务被退回 PB-001",
        body: "市交通运输局退回了二级汽车客运站的问题 PB-001（非本单位职责），请重新交办。理由：该路段由市政管理",
      },
    ]);

    await act("coordinator", {
      action: "dispatch",
      findingId,
      expectedVersion: 2,
      unitId: f.unitB,
      deadline: "2026-12-10",
    });
    const after = await as("coordinator").tasks.get({ findingId });
    expect([after.status, after.unit?.id, after.deadline, after.pushedBack]).toEqual([
      "assigned",
      f.unitB,
      "2026-12-10",
      null,
    ]);
    const history = await as("coordinator").tasks.history({ findingId });
    expect(history.map((e) => e.action)).toEqual(["push_back", "dispatch"]);
    expect(history[0]?.reason).toBe("该路段由市政管理");
  });
});
