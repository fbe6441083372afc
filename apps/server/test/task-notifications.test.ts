// The immediate notifications: one after-change hook records, with each task change, a
// notification for exactly the right people, in each one's language, never for the person who
// acted, and once per change however often it is retried. The bell reads only one's own.
import {
  addTaskChangeHook,
  notifyTaskChange,
  type SignedInUser,
  type TaskChangeEvent,
} from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  createTestUser,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z"); // 10:00 in Beijing, a Friday

describe.each(testEngines())("immediate task notifications on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let officerA2: SignedInUser; // a liaison of unit A who reads English
  let inspector2: SignedInUser;
  let liaisonContactId: string;
  const as = (user: SignedInUser) => callerFor(db, user, NOW);
  /** Every notification of the task, as [event, recipient name, title, body], oldest first. */
  const taskIdOf = async (findingId: string) =>
    (
      await db.prisma.rectificationTask.findUniqueOrThrow({
        where: { findingId },
        select: { id: true },
      })
    ).id;
  const sent = async (taskFindingId: string, event?: string) => {
    const taskId = await taskIdOf(taskFindingId);
    const rows = await db.prisma.notification.findMany({
      where: { taskId, ...(event ? { event: event as never } : {}) },

      select: {
        event: true,
        title: true,
        body: true,
        link: true,
        recipientUser: { select: { displayName: true } },
        recipientContact: { select: { name: true } },
      },
    });
    // All at the test's one instant: in the order of the recipients' names (code points).
    return rows
      .map((n) => [
        n.event,
        n.recipientUser?.displayName ?? n.recipientContact?.name ?? "",
        n.title,
        n.body,
      ])
      .sort((a, b) => (a[1] === b[1] ? 0 : (a[1] ?? "") < (b[1] ?? "") ? -1 : 1));
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    officerA2 = await createTestUser(db.prisma, "unit_officer", f.unitA, "officer-a2");
    inspector2 = await createTestUser(db.prisma, "inspector", null, "inspector-2");
    const names: [string, string, string][] = [
      [f.users.officerA.id, "张办事员", "zh-CN"],
      [officerA2.id, "Li Wei", "en"],
      [f.users.inspector.id, "赵督查", "zh-CN"],
      [inspector2.id, "钱督查", "zh-CN"],
      [f.users.coordinator.id, "孙协调", "zh-CN"],
    ];
    for (const [id, displayName, locale] of names) {
      await db.prisma.user.update({ where: { id }, data: { displayName, locale } });
    }
    const liaison = await db.prisma.unitContact.create({
      data: { unitId: f.unitA, role: "liaison", name: "王联络", mobile: "13800000001" },
      select: { id: true },
    });
    liaisonContactId = liaison.id;
    await db.prisma.unitContact.createMany({
      data: [
        { unitId: f.unitA, role: "liaison", name: "Li Wei", userId: officerA2.id },
        // The head is reached by the overdue ladder, not by these events.
        { unitId: f.unitA, role: "head", name: "李局长", mobile: "13800000002" },
        { unitId: f.unitB, role: "liaison", name: "乙单位联络员" },
      ],
    });
  });
  afterAll(() => db.destroy());

  it("tells the owner and the unit's liaisons of a dispatch, a deadline change and a 督办 notice", async () => {
    const { findingId } = await f.task("new", { code: "JT-0001" });
    const coordinator = as(f.users.coordinator);
    await coordinator.tasks.transition({
      action: "dispatch",
      findingId,
      expectedVersion: 1,
      unitId: f.unitA,
      ownerId: f.users.officerA.id,
      deadline: "2026-11-27",
    });
    expect(await sent(findingId)).toEqual([
      [
        "dispatched",
        "Li Wei",
        "New task JT-0001",
        "Finding JT-0001 at 二级汽车客运站 was dispatched to 市交通运输局; deadline 2026-11-27.",
      ],
      [
        "dispatched",
        "张办事员",
        "新交办任务 JT-0001",
        "二级汽车客运站的问题 JT-0001 已交办市交通运输局，整改期限 2026-11-27。",
      ],
      [
        "dispatched",
        "王联络",
        "新交办任务 JT-0001",
        "二级汽车客运站的问题 JT-0001 已交办市交通运输局，整改期限 2026-11-27。",
      ],
    ]);
    await coordinator.tasks.setDeadline({
      findingId,
      expectedVersion: 2,
      deadline: "2026-11-30",
      reason: "节假日顺延",
    });
    expect(await sent(findingId, "deadline_changed")).toEqual([
      [
        "deadline_changed",
        "Li Wei",
        "Deadline changed JT-0001",
        "The deadline of finding JT-0001 at 二级汽车客运站 is now 2026-11-30. Reason: 节假日顺延",
      ],
      [
        "deadline_changed",
        "张办事员",
        "整改期限调整 JT-0001",
        "二级汽车客运站的问题 JT-0001 整改期限调整为 2026-11-30。原因：节假日顺延",
      ],
      [
        "deadline_changed",
        "王联络",
        "整改期限调整 JT-0001",
        "二级汽车客运站的问题 JT-0001 整改期限调整为 2026-11-30。原因：节假日顺延",
      ],
    ]);
    await coordinator.tasks.escalate({
      findingId,
      expectedVersion: 3,
      level: "supervision_notice",
      noticeText: "请于11月30日前整改到位",
    });
    expect(await sent(findingId, "escalated")).toEqual([
      [
        "escalated",
        "Li Wei",
        "Supervision notice JT-0001",
        "Finding JT-0001 at 二级汽车客运站 received a supervision notice; deadline 2026-11-30: 请于11月30日前整改到位",
      ],
      [
        "escalated",
        "张办事员",
        "督办 JT-0001",
        "二级汽车客运站的问题 JT-0001 被督办，整改期限 2026-11-30：请于11月30日前整改到位",
      ],
      [
        "escalated",
        "王联络",
        "督办 JT-0001",
        "二级汽车客运站的问题 JT-0001 被督办，整改期限 2026-11-30：请于11月30日前整改到位",
      ],
    ]);
    const link = await db.prisma.notification.findFirst({
      where: { taskId: await taskIdOf(findingId) },
      select: { link: true },
    });
    expect(link?.link).toBe(`/tasks/${findingId}`);
  });

  it("asks the reporter and the inspection's inspectors to verify, and tells the unit of a return", async () => {
    const { findingId } = await f.task("in_progress", {
      code: "JT-0002",
      reporterId: f.users.inspector.id,
      deadline: "2026-11-27",
    });
    const inspection = await db.prisma.inspection.create({
      data: {
        code: "INS-1",
        kind: "routine",
        date: new Date("2026-11-18T00:00:00Z"),
        createdById: f.users.coordinator.id,
        // The coordinator is on the team but is not an inspector: not asked.
        members: {
          create: [
            { userId: f.users.inspector.id },
            { userId: inspector2.id },
            { userId: f.users.coordinator.id },
          ],
        },
      },
      select: { id: true },
    });
    await db.prisma.finding.update({
      where: { id: findingId },
      data: { inspectionId: inspection.id },
    });
    const officer = as(f.users.officerA);
    await officer.tasks.transition({
      action: "submit",
      findingId,
      expectedVersion: 1,
      note: "已清理",
      photoIds: [f.officerPhotoId],
    });
    const verify =
      "二级汽车客运站的问题 JT-0002 已由市交通运输局提交整改，请复查（期限 2026-11-27）。";
    expect(await sent(findingId)).toEqual([
      ["verification_requested", "赵督查", "待复查 JT-0002", verify],
      ["verification_requested", "钱督查", "待复查 JT-0002", verify],
    ]);
    // The inspector who returns it is not told of their own action; the owner and liaisons are.
    await as(inspector2).tasks.transition({
      action: "return",
      findingId,
      expectedVersion: 2,
      reason: "地面仍有污渍",
    });
    expect(await sent(findingId, "returned")).toEqual([
      [
        "returned",
        "Li Wei",
        "Fix returned JT-0002",
        "The fix of finding JT-0002 at 二级汽车客运站 was returned for rework; deadline 2026-11-27. Reason: 地面仍有污渍",
      ],
      [
        "returned",
        "张办事员",
        "整改被退回 JT-0002",
        "二级汽车客运站的问题 JT-0002 复查未通过，已退回重新整改，期限 2026-11-27。原因：地面仍有污渍",
      ],
      [
        "returned",
        "王联络",
        "整改被退回 JT-0002",
        "二级汽车客运站的问题 JT-0002 复查未通过，已退回重新整改，期限 2026-11-27。原因：地面仍有污渍",
      ],
    ]);
  });

  it("tells only the owner when evidence is rejected (partly fixed), and nobody of a claim", async () => {
    const { findingId } = await f.task("submitted", { code: "JT-0003", deadline: "2026-11-27" });
    await as(f.users.inspector).tasks.transition({
      action: "mark_partly_fixed",
      findingId,
      expectedVersion: 1,
      reason: "缺少整改后照片",
    });
    expect(await sent(findingId)).toEqual([
      [
        "evidence_rejected",
        "张办事员",
        "整改材料未通过 JT-0003",
        "二级汽车客运站的问题 JT-0003 复查为部分整改，请补充整改，期限 2026-11-27。原因：缺少整改后照片",
      ],
    ]);
    const claimed = await f.task("assigned", { code: "JT-0004", ownerId: null });
    await as(f.users.officerA).tasks.transition({
      action: "claim",
      findingId: claimed.findingId,
      expectedVersion: 1,
    });
    expect(await sent(claimed.findingId)).toEqual([]);
  });

  it("does not notify the person who acted, even when they are in the audience", async () => {
    // The officer reported the finding (a unit's self-check) and submits the fix.
    const { findingId } = await f.task("in_progress", {
      code: "JT-0005",
      reporterId: f.users.officerA.id,
    });
    await as(f.users.officerA).tasks.transition({
      action: "submit",
      findingId,
      expectedVersion: 1,
      note: "已整改",
      photoIds: [f.officerPhotoId],
    });
    expect(await sent(findingId)).toEqual([]);
  });

  it("transfers reach the new unit's owner and liaisons only", async () => {
    const { findingId } = await f.task("assigned", { code: "JT-0006", deadline: "2026-11-27" });
    await as(f.users.coordinator).tasks.transition({
      action: "transfer",
      findingId,
      expectedVersion: 1,
      unitId: f.unitB,
      reason: "属市场监管职责",
    });
    const body =
      "二级汽车客运站的问题 JT-0006 已转办市市场监督管理局，整改期限 2026-11-27。原因：属市场监管职责";
    expect(await sent(findingId)).toEqual([
      ["transferred", "乙单位联络员", "转办任务 JT-0006", body],
    ]);
  });

  it("records a change's notifications once, however often the request or the hook is retried", async () => {
    const { findingId } = await f.task("new", { code: "JT-0007" });
    const events: TaskChangeEvent[] = [];
    const detach = addTaskChangeHook(async (_tx, event) => {
      events.push(event);
    });
    const dispatch = {
      action: "dispatch" as const,
      findingId,
      expectedVersion: 1,
      unitId: f.unitA,
      ownerId: f.users.officerA.id,
      deadline: "2026-11-27",
    };
    try {
      await as(f.users.coordinator).tasks.transition(dispatch);
      // The same request again (a client retrying after a lost answer) is stale: nothing new.
      expect(await codeOf(as(f.users.coordinator).tasks.transition(dispatch))).toBe("CONFLICT");
    } finally {
      detach();
    }
    const [event] = events;
    if (!event) throw new Error("the dispatch ran no hook");
    // The hook run again on the same change (a replayed event) adds nothing either.
    await db.prisma.$transaction((tx) => notifyTaskChange(tx, event));
    expect(
      await db.prisma.notification.count({ where: { taskId: await taskIdOf(findingId) } }),
    ).toBe(3);
  });

  it("shows each user only their own notifications, paged, and marks only their own read", async () => {
    const officerA = as(f.users.officerA);
    const all = await officerA.notifications.list({ limit: 100 });
    const mineIds = new Set(
      (
        await db.prisma.notification.findMany({
          where: { recipientUserId: f.users.officerA.id },
          select: { id: true },
        })
      ).map((n) => n.id),
    );
    expect(all.items.length).toBe(mineIds.size);
    expect(all.items.every((n) => mineIds.has(n.id))).toBe(true);
    // JT-0001 ×3, JT-0002 returned, JT-0003 rejected, JT-0007 dispatched.
    expect(await officerA.notifications.unreadCount()).toEqual({ unread: 6 });

    const first = await officerA.notifications.list({ limit: 4 });
    const second = await officerA.notifications.list({ limit: 4, cursor: first.nextCursor ?? "" });
    expect([first.items.length, second.items.length, second.nextCursor]).toEqual([4, 2, null]);
    expect([...first.items, ...second.items].map((n) => n.id)).toEqual(all.items.map((n) => n.id));

    // Another user cannot read or mark them: officer B's bell is empty and marks nothing.
    const officerB = as(f.users.officerB);
    expect((await officerB.notifications.list({})).items).toEqual([]);
    const someId = all.items[0]?.id ?? "";
    expect(await officerB.notifications.markRead({ ids: [someId] })).toEqual({ marked: 0 });
    expect(await officerA.notifications.unreadCount()).toEqual({ unread: 6 });

    expect(await officerA.notifications.markRead({ ids: [someId] })).toEqual({ marked: 1 });
    expect((await officerA.notifications.list({ unread: false })).items.map((n) => n.id)).toEqual([
      someId,
    ]);
    expect((await officerA.notifications.list({ unread: true })).items).toHaveLength(5);
    expect(await officerA.notifications.markRead({ all: true })).toEqual({ marked: 5 });
    expect(await officerA.notifications.unreadCount()).toEqual({ unread: 0 });
    // The contact without an account has notifications (JT-0001 ×3, JT-0002 returned,
    // JT-0007 dispatched), but no bell to read them in.
    expect(
      await db.prisma.notification.count({ where: { recipientContactId: liaisonContactId } }),
    ).toBe(5);
  });
});
