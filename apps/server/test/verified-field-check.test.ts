// A checklist finding read back and closed: its task shows the standard's code and wording and
// the before / after photos, and verifying the fix records a passing check of that standard at
// that site (with its audit row), so the field score moves. A reopen changes nothing back.
import type { SignedInUser } from "@cw/db";
import {
  createTestDatabase,
  createTestPhoto,
  createTestUser,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  testEngines,
  unitRecord,
} from "@cw/db/testing";
import type { Role } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAssessmentSystem } from "./support/assessment-fixture.ts";
import { callerFor } from "./support/caller.ts";

const T1 = new Date("2026-10-12T02:00:00Z"); // Monday 10:00 Beijing: the check fails
const T2 = new Date("2026-10-14T06:00:00Z"); // Wednesday 14:00: the fix is verified
const T3 = new Date("2026-10-20T06:00:00Z"); // the next Tuesday: a follow-up reopens it

describe.each(testEngines())("a verified checklist finding on %s", (kind) => {
  let db: TestDatabase;
  let users: Record<Role, SignedInUser>;
  let siteId: string;
  let systemId: string;
  let std: Record<string, string>;
  let findingId: string;
  let failedCheckId: string;
  const photo: Record<"before" | "evidence" | "verify", string> = {
    before: "",
    evidence: "",
    verify: "",
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const p = db.prisma;
    const unit = unitRecord({ name: "市交通运输局" });
    const type = siteTypeRecord({ name: "公交站台" });
    await p.responsibleUnit.create({ data: unit });
    await p.siteType.create({ data: type });
    const site = siteRecord(
      { siteTypeId: type.id, responsibleUnitId: unit.id },
      { name: "华山站" },
    );
    await p.site.create({ data: site });
    siteId = site.id;
    users = {} as Record<Role, SignedInUser>;
    for (const r of ["coordinator", "inspector", "unit_officer"] as const)
      users[r] = await createTestUser(p, r, r === "unit_officer" ? unit.id : null);
    photo.before = await createTestPhoto(p, users.inspector.id);
    photo.evidence = await createTestPhoto(p, users.unit_officer.id);
    photo.verify = await createTestPhoto(p, users.coordinator.id);
    const system = await createAssessmentSystem(p, {
      kind: "civilized_city",
      edition: 2021,
      standards: [
        {
          code: "VI-20-1",
          text: "公交站台站牌完好、信息清晰",
          points: 2,
          methods: ["field_inspection"],
          siteTypeIds: [type.id],
        },
        { code: "VI-20-2", points: 3, methods: ["field_inspection"], siteTypeIds: [type.id] },
      ],
    });
    std = system.standards;
    systemId = system.systemId;
    const inspection = await as("coordinator", T1).inspections.create({
      kind: "routine",
      date: "2026-10-12",
      memberIds: [users.inspector.id],
      siteIds: [siteId],
    });
    const recorded = await as("inspector", T1).fieldChecks.record({
      inspectionId: inspection.id,
      siteId,
      results: [
        {
          standardId: std["VI-20-1"] as string,
          result: "fail",
          category: "public_environment",
          note: "站牌破损",
          photoIds: [photo.before],
        },
        { standardId: std["VI-20-2"] as string, result: "pass" },
      ],
    });
    findingId = recorded.checks[0]?.findingId as string;
    failedCheckId = recorded.checks[0]?.checkId as string;
  });
  afterAll(() => db.destroy());

  const as = (role: Role, now: Date) => callerFor(db, users[role], now);
  const siteScore = async () => {
    const rows = await as("coordinator", T3).fieldChecks.scoreRates({
      groupBy: "standard",
      systemId,
    });
    return rows.map((r) => [r.key, r.passedPoints, r.applicablePoints]);
  };
  const version = async () => (await as("coordinator", T2).tasks.get({ findingId })).version;

  it("shows the standard's code and wording on the finding's task", async () => {
    const task = await as("coordinator", T1).tasks.get({ findingId });
    expect(task.standard).toEqual({ code: "VI-20-1", text: "公交站台站牌完好、信息清晰" });
  });

  it("scores the failed standard 0 before the fix", async () => {
    expect(await siteScore()).toEqual([
      [std["VI-20-1"], 0, 2],
      [std["VI-20-2"], 3, 3],
    ]);
  });

  it("records a passing check when the fix is verified, and the standard scores", async () => {
    const tasks = (role: Role) => as(role, T2).tasks;
    await tasks("coordinator").transition({
      findingId,
      expectedVersion: await version(),
      action: "dispatch",
      unitId: users.unit_officer.unitId as string,
    });
    await tasks("unit_officer").transition({
      findingId,
      expectedVersion: await version(),
      action: "claim",
    });
    await tasks("unit_officer").transition({
      findingId,
      expectedVersion: await version(),
      action: "submit",
      note: "已更换站牌",
      photoIds: [photo.evidence],
    });
    await tasks("coordinator").transition({
      findingId,
      expectedVersion: await version(),
      action: "close",
      comment: "站牌已更换",
      photoIds: [photo.verify],
    });
    expect(await siteScore()).toEqual([
      [std["VI-20-1"], 2, 2],
      [std["VI-20-2"], 3, 3],
    ]);
    const checks = await db.prisma.fieldCheck.findMany({
      where: { siteId, standardId: std["VI-20-1"] as string },
      orderBy: { checkedAt: "asc" },
      select: { id: true, result: true, inspectionId: true, verificationId: true, checkedAt: true },
    });
    expect(checks.map((c) => [c.result, c.inspectionId === null, c.checkedAt])).toEqual([
      ["fail", false, T1],
      ["pass", true, T2],
    ]);
    const verification = await db.prisma.verification.findFirstOrThrow({
      where: { task: { findingId } },
      select: { id: true, verifierId: true },
    });
    expect(checks[1]?.verificationId).toBe(verification.id);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { entityType: "field_check", entityId: checks[1]?.id },
      select: { action: true, actorId: true, at: true, after: true },
    });
    expect(audit).toMatchObject({
      action: "record_verified",
      actorId: users.coordinator.id,
      at: T2,
      after: { result: "pass", findingId, failedCheckId, note: "站牌已更换" },
    });
  });

  it("reads back before and after photos split by the server", async () => {
    const task = await as("inspector", T2).tasks.get({ findingId });
    expect(task.evidence.before.map((p) => p.id)).toEqual([photo.before]);
    expect(task.evidence.after.map((p) => p.id)).toEqual([photo.evidence]);
    expect(task.evidence.after[0]?.thumbnailUrl).toBe(`/api/photos/${photo.evidence}/thumbnail`);
  });

  it("a reopen changes nothing retroactively: the recorded pass stays", async () => {
    await as("coordinator", T3).tasks.transition({
      findingId,
      expectedVersion: await version(),
      action: "reopen",
      reason: "回头看发现站牌又被损坏",
    });
    expect(await siteScore()).toEqual([
      [std["VI-20-1"], 2, 2],
      [std["VI-20-2"], 3, 3],
    ]);
    expect(await db.prisma.fieldCheck.count({ where: { siteId } })).toBe(3);
  });
});
