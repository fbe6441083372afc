// The coordinators' triage (decision 0026): the queue oldest first by cursor, open findings of
// the same category within 50 m and at the same site offered as duplicates, accept through
// createFinding, reject with a reason the reporter reads, merge into an open finding; the
// reporter's status page follows it to the close and its after photo, and "not fixed" sends the
// report back to the queue. Triage time and satisfaction are counted in SQL.
import { serviceContext, storeReportPhoto } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  findingRecords,
  siteRecord,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, domainErrorOf } from "./support/caller.ts";
import { publicCaller, submitReport } from "./support/citizen-fixture.ts";
import { tinyPng } from "./support/tiny-png.ts";

const T0 = new Date("2026-11-20T02:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
// The fixture's site is at 34.5658, 110.0921; 0.00009° of latitude is 10.0 m.
const LNG = 110.0921;

describe.each(testEngines())("citizen report triage on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let farSite: string;
  const found: Record<string, string> = {};

  async function finding(
    name: string,
    fields: {
      siteId: string;
      status: "assigned" | "closed";
      category: string;
      lat?: number;
      foundAt: Date;
    },
  ) {
    const { finding: row, task } = findingRecords({
      siteId: fields.siteId,
      status: fields.status,
      category: fields.category,
      foundAt: fields.foundAt,
      unitId: f.unitA,
      code: `T-${name}`,
    });
    await db.prisma.finding.create({
      data: { ...row, ...(fields.lat ? { latitude: fields.lat, longitude: LNG } : {}) },
    });
    await db.prisma.rectificationTask.create({ data: task });
    found[name] = row.id;
  }

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    const site = await db.prisma.site.findUniqueOrThrow({
      where: { id: f.siteId },
      select: { siteTypeId: true, responsibleUnitId: true },
    });
    // About 460 m north: never the nearest for a report by the fixture's site.
    const far = siteRecord(site, { name: "远处点位", latitude: 34.57, longitude: LNG });
    await db.prisma.site.create({ data: far });
    farSite = far.id;
    const env = "public_environment";
    await finding("F1", { siteId: f.siteId, status: "assigned", category: env, foundAt: at(-300) });
    await finding("F2", {
      siteId: farSite,
      status: "assigned",
      category: "public_order",
      lat: 34.56607,
      foundAt: at(-200),
    });
    await finding("F3", {
      siteId: farSite,
      status: "assigned",
      category: env,
      lat: 34.56679,
      foundAt: at(-200),
    });
    await finding("F4", { siteId: f.siteId, status: "closed", category: env, foundAt: at(-100) });
    await finding("F5", {
      siteId: f.siteId,
      status: "assigned",
      category: env,
      lat: 34.56598,
      foundAt: at(-50),
    });
  });
  afterAll(() => db.destroy());

  it("triages reports: duplicates nearby, accept, merge, reject, and the reporter follows to the after photo", async () => {
    const citizen = (m: number) => publicCaller(db, at(m), "203.0.113.9");
    const photo = await storeReportPhoto(serviceContext(db.prisma, null, { now: at(0) }), {
      bytes: tinyPng(16),
      maxBytes: 10 * 1024 * 1024,
      address: "203.0.113.9",
    });
    // A: 30 m north of the site, no site chosen, with a photo and a number.
    const a = await submitReport(citizen(0), {
      latitude: 34.56607,
      longitude: LNG,
      photoIds: [photo.id],
      mobile: "13712345678",
    });
    const b = await submitReport(citizen(1), { siteId: f.siteId, description: "B 站前广场垃圾" });
    const c = await submitReport(citizen(2), { siteId: f.siteId, description: "C 站前广场垃圾" });
    const d = await submitReport(citizen(3), { siteId: farSite, description: "D 与创文无关" });

    const coordinator = (m: number) => callerFor(db, f.users.coordinator, at(m));
    const first = await coordinator(5).triage.queue({ status: "received", limit: 3 });
    expect(first.items.map((r) => r.trackingCode)).toEqual([
      a.trackingCode,
      b.trackingCode,
      c.trackingCode,
    ]);
    const rest = await coordinator(5).triage.queue({
      status: "received",
      limit: 3,
      cursor: first.nextCursor as string,
    });
    expect(rest).toEqual({
      items: [expect.objectContaining({ trackingCode: d.trackingCode })],
      nextCursor: null,
    });
    const [ra, rb, rc] = first.items as [
      (typeof first.items)[0],
      (typeof first.items)[0],
      (typeof first.items)[0],
    ];
    const rd = rest.items[0] as (typeof first.items)[0];
    expect(ra).toMatchObject({
      source: "citizen_report",
      categoryName: "公共环境",
      latitude: 34.56607,
      siteId: null,
      mobileMasked: "137****5678",
      hasDevice: true,
      photoIds: [photo.id],
    });
    expect(JSON.stringify(first)).not.toContain("13712345678");

    // Same category within 50 m: F5 (10 m) and F1 (at the site, 30 m); not F2 (another
    // category), F3 (80 m) nor F4 (closed).
    expect(
      (await coordinator(6).triage.nearby({ reportId: ra.id })).map((n) => [
        n.code,
        n.distanceMeters,
        n.sameSite,
      ]),
    ).toEqual([
      ["T-F5", 10, false],
      ["T-F1", 30, false],
    ]);
    // At the site: its open findings, newest first, whatever their distance.
    expect(
      (await coordinator(6).triage.nearby({ reportId: rb.id })).map((n) => [n.code, n.sameSite]),
    ).toEqual([
      ["T-F5", true],
      ["T-F1", true],
    ]);

    // Accept A at minute 10: a finding through createFinding at the nearest site, with the photo.
    const accepted = await coordinator(10).triage.accept({ reportId: ra.id });
    expect(accepted).toMatchObject({ reportId: ra.id, status: "accepted" });
    const created = await db.prisma.finding.findUniqueOrThrow({
      where: { id: accepted.findingId as string },
      select: {
        source: true,
        siteId: true,
        category: true,
        foundAt: true,
        photos: { select: { photoId: true, kind: true } },
        task: { select: { status: true } },
      },
    });
    expect(created).toEqual({
      source: "citizen_report",
      siteId: f.siteId,
      category: "public_environment",
      foundAt: at(0),
      photos: [{ photoId: photo.id, kind: "before" }],
      task: { status: "new" },
    });
    expect(await domainErrorOf(coordinator(11).triage.accept({ reportId: ra.id }))).toMatchObject({
      code: "CONFLICT",
      key: "citizen.already_triaged",
    });
    expect((await citizen(12).citizenReports.status({ trackingCode: a.trackingCode })).stage).toBe(
      "accepted",
    );

    // Merge C into F1 at minute 22; merging into the closed F4 is refused.
    expect(
      await domainErrorOf(
        coordinator(21).triage.merge({ reportId: rc.id, findingId: found.F4 as string }),
      ),
    ).toMatchObject({ code: "CONFLICT", key: "citizen.merge_target_closed" });
    expect(
      await coordinator(22).triage.merge({ reportId: rc.id, findingId: found.F1 as string }),
    ).toEqual({
      reportId: rc.id,
      status: "merged",
      findingId: found.F1,
      findingCode: "T-F1",
    });
    expect((await citizen(23).citizenReports.status({ trackingCode: c.trackingCode })).stage).toBe(
      "in_progress",
    );

    // Reject D at minute 43 with the reason the reporter reads.
    await coordinator(43).triage.reject({ reportId: rd.id, reason: "不属于创文范围，已转 12345" });
    expect(await citizen(44).citizenReports.status({ trackingCode: d.trackingCode })).toMatchObject(
      {
        stage: "rejected",
        rejectReason: "不属于创文范围，已转 12345",
      },
    );

    // F1 closes after a passing verification with its photo: the reporter sees the after photo.
    const after = await storeReportPhoto(serviceContext(db.prisma, null, { now: at(50) }), {
      bytes: tinyPng(20),
      maxBytes: 10 * 1024 * 1024,
      address: "10.9.9.9",
    });
    const task = await db.prisma.rectificationTask.update({
      where: { findingId: found.F1 as string },
      data: { status: "closed", closedAt: at(60), resolution: "verified" },
      select: { id: true },
    });
    await db.prisma.verification.create({
      data: {
        taskId: task.id,
        result: "passed",
        verifierId: f.users.inspector.id,
        createdAt: at(60),
        photos: { create: [{ photoId: after.id }] },
      },
    });
    const closed = await citizen(61).citizenReports.status({ trackingCode: c.trackingCode });
    expect(closed).toMatchObject({
      stage: "closed",
      closedAt: at(60),
      afterPhotoIds: [after.id],
      canAnswer: true,
    });

    // "Not fixed" with a note: back in the queue, first triage time kept.
    const reopened = await citizen(62).citizenReports.answer({
      trackingCode: c.trackingCode,
      answer: "not_fixed",
      note: "垃圾又堆起来了",
    });
    expect(reopened).toMatchObject({ stage: "received", canAnswer: false });
    const queue = await coordinator(63).triage.queue({ status: "received", limit: 10 });
    expect(queue.items.map((r) => [r.trackingCode, r.reopenNote, r.findingCode])).toEqual([
      [b.trackingCode, null, null],
      [c.trackingCode, "垃圾又堆起来了", "T-F1"],
    ]);

    // 4 received; first triage after 10 (A), 20 (C) and 40 (D) minutes: the median is 20.
    expect(await coordinator(70).triage.metrics({ days: 30 })).toEqual({
      received: 4,
      accepted: 1,
      merged: 0,
      rejected: 1,
      waiting: 2,
      medianTriageMinutes: 20,
    });
    // One answer for unit A: counted, no share below the minimum sample of 5.
    expect(await callerFor(db, f.users.leader, at(70)).triage.satisfaction()).toEqual({
      minSample: 5,
      units: [{ unitId: f.unitA, unitName: "市交通运输局", answers: 1, fixed: 0, share: null }],
    });
    // Unit officers see no triage.
    expect(
      (
        await domainErrorOf(
          callerFor(db, f.users.officerA, at(70)).triage.queue({ status: "received", limit: 5 }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});
