// The field section (实地考察): checklists by site type, pass / fail / not applicable per
// standard, one finding per failed check, and score rates worked out by hand below.
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
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";

const T1 = new Date("2026-10-10T02:00:00Z"); // 10:00 Beijing, first round
const T2 = new Date("2026-10-12T02:00:00Z"); // the mock assessment two days later

describe.each(testEngines())("field checks on %s", (kind) => {
  let db: TestDatabase;
  let users: Record<Role, SignedInUser>;
  let photoId: string;
  const site: Record<"S1" | "S2" | "S3", string> = { S1: "", S2: "", S3: "" };
  let ids: { T1: string; T2: string; U1: string; U2: string; G1: string };
  let std: Record<string, string>; // by code, across systems
  let systemA: string;
  let routine: string; // inspection of S1, S2, S3 at T1
  let mock: string; // mock assessment of S1 at T2

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const p = db.prisma;
    const [u1, u2] = [unitRecord({ name: "市交通运输局" }), unitRecord({ name: "市场监管局" })];
    const [t1, t2] = [siteTypeRecord({ name: "公交站台" }), siteTypeRecord({ name: "农贸市场" })];
    await p.responsibleUnit.createMany({ data: [u1, u2] });
    await p.siteType.createMany({ data: [t1, t2] });
    const g1 = await p.grid.create({ data: { code: "G1", name: "岳庙网格" } });
    const s1 = siteRecord({ siteTypeId: t1.id, responsibleUnitId: u1.id }, { name: "S1 华山站" });
    const s2 = siteRecord({ siteTypeId: t1.id, responsibleUnitId: u2.id }, { name: "S2 玉泉站" });
    const s3 = siteRecord({ siteTypeId: t2.id, responsibleUnitId: u1.id }, { name: "S3 东岳市场" });
    await p.site.createMany({ data: [{ ...s1, gridId: g1.id }, { ...s2, gridId: g1.id }, s3] });
    Object.assign(site, { S1: s1.id, S2: s2.id, S3: s3.id });
    ids = { T1: t1.id, T2: t2.id, U1: u1.id, U2: u2.id, G1: g1.id };
    const roles = ["admin", "coordinator", "inspector", "unit_officer", "leader"] as const;
    users = {} as Record<Role, SignedInUser>;
    for (const r of roles)
      users[r] = await createTestUser(p, r, r === "unit_officer" ? u1.id : null);
    photoId = await createTestPhoto(p, users.inspector.id);

    const field = ["field_inspection"] as const;
    const a = await createAssessmentSystem(p, {
      kind: "civilized_city",
      edition: 2021,
      standards: [
        { code: "F1", points: 2, methods: [...field], siteTypeIds: [t1.id, t2.id] },
        { code: "F2", points: 3, methods: [...field], siteTypeIds: [t1.id] },
        { code: "F3", points: 1, methods: ["overall_observation"], siteTypeIds: [t2.id] },
        { code: "F4", points: 5, methods: [...field], siteTypeIds: [t1.id], retired: true },
        { code: "F5", points: 1.5, methods: [...field, "survey"], siteTypeIds: [t2.id] },
        { code: "M1", points: 4, methods: ["materials_review"], siteTypeIds: [t1.id] },
      ],
    });
    const b = await createAssessmentSystem(p, {
      kind: "minors",
      edition: 2021,
      active: false,
      standards: [{ code: "B1", points: 9, methods: [...field], siteTypeIds: [t1.id] }],
    });
    const c = await createAssessmentSystem(p, {
      kind: "villages_towns",
      edition: 2021,
      standards: [{ code: "C1", points: 10, methods: [...field], siteTypeIds: [t1.id] }],
    });
    std = { ...a.standards, ...b.standards, ...c.standards };
    systemA = a.systemId;
    const plan = async (kind: "routine" | "mock_assessment", date: string, siteIds: string[]) =>
      (
        await as("coordinator").inspections.create({
          kind,
          date,
          memberIds: [users.inspector.id],
          siteIds,
        })
      ).id;
    routine = await plan("routine", "2026-10-10", [s1.id, s2.id, s3.id]);
    mock = await plan("mock_assessment", "2026-10-12", [s1.id]);
  });
  afterAll(() => db.destroy());

  const as = (role: Role | null, now = T1) => callerFor(db, role ? users[role] : null, now);
  const fail = (code: string, extra: Record<string, unknown> = {}) => ({
    standardId: std[code] as string,
    result: "fail" as const,
    category: "public_environment",
    ...extra,
  });
  const pass = (code: string) => ({ standardId: std[code] as string, result: "pass" as const });
  const na = (code: string) => ({
    standardId: std[code] as string,
    result: "not_applicable" as const,
  });
  const written = async () => ({
    checks: await db.prisma.fieldCheck.count(),
    findings: await db.prisma.finding.count(),
    audit: await db.prisma.auditEvent.count(),
  });

  it("lists a site's checklist: live field standards of active systems for its type", async () => {
    const codes = async (siteId: string) =>
      (await as("inspector").fieldChecks.checklist({ siteId })).items.map((i) => i.code);
    // F4 is retired, M1 is materials only, B1's system is inactive, F3/F5 are for markets.
    expect(await codes(site.S1)).toEqual(["F1", "F2", "C1"]);
    expect(await codes(site.S3)).toEqual(["F1", "F3", "F5"]);
    const list = await as("leader").fieldChecks.checklist({ siteId: site.S3 });
    expect(list.site).toMatchObject({ siteTypeId: ids.T2, siteTypeName: "农贸市场" });
    expect(list.items.find((i) => i.code === "F5")).toMatchObject({ points: 1.5, latest: null });
  });

  it("records pass / fail / not applicable; a failed check raises one finding with its photo", async () => {
    const before = await written();
    const s1 = await as("inspector").fieldChecks.record({
      inspectionId: routine,
      siteId: site.S1,
      results: [fail("F1", { photoIds: [photoId], note: "站牌破损" }), pass("F2")],
    });
    await as("inspector").fieldChecks.record({
      inspectionId: routine,
      siteId: site.S2,
      results: [pass("F1"), na("F2"), fail("C1")],
    });
    await as("coordinator").fieldChecks.record({
      inspectionId: routine,
      siteId: site.S3,
      results: [pass("F1"), fail("F3", { description: "市场周边乱摆卖" }), pass("F5")],
    });
    expect(s1.checks.map((c) => [c.result, c.findingCreated])).toEqual([
      ["fail", true],
      ["pass", false],
    ]);
    const findingId = s1.checks[0]?.findingId as string;
    const finding = await db.prisma.finding.findUniqueOrThrow({
      where: { id: findingId },
      include: { photos: true, task: true },
    });
    expect(finding).toMatchObject({
      siteId: site.S1,
      inspectionId: routine,
      standardId: std.F1,
      source: "routine_inspection",
      category: "public_environment",
      description: "站牌破损",
      reporterId: users.inspector.id,
    });
    expect(finding.photos.map((p) => p.photoId)).toEqual([photoId]);
    expect(finding.task?.status).toBe("new");
    const check = await db.prisma.fieldCheck.findUniqueOrThrow({
      where: { id: s1.checks[0]?.checkId },
    });
    expect(check).toMatchObject({ result: "fail", findingId, note: "站牌破损", checkedAt: T1 });
    const after = await written();
    expect(after.checks - before.checks).toBe(8);
    expect(after.findings - before.findings).toBe(3); // S1 F1, S2 C1, S3 F3
    expect(await db.prisma.auditEvent.count({ where: { entityType: "field_check" } })).toBe(8);
  });

  it("re-recording a failed check keeps its one finding", async () => {
    const before = await written();
    const again = await as("inspector").fieldChecks.record({
      inspectionId: routine,
      siteId: site.S1,
      results: [fail("F1", { photoIds: [photoId], note: "站牌破损（复核）" })],
    });
    expect(again.checks[0]).toMatchObject({ findingCreated: false });
    const after = await written();
    expect([after.checks, after.findings]).toEqual([before.checks, before.findings]);
    expect(await db.prisma.finding.count({ where: { standardId: std.F1, siteId: site.S1 } })).toBe(
      1,
    );
    const event = await db.prisma.auditEvent.findFirst({
      where: { entityType: "field_check", entityId: again.checks[0]?.checkId },
      orderBy: { id: "desc" },
    });
    expect(event?.action).toBe("re_record");
  });

  it("takes the source from the inspection kind and shows the latest result", async () => {
    const mocked = await as("inspector", T2).fieldChecks.record({
      inspectionId: mock,
      siteId: site.S1,
      results: [pass("F1"), fail("F2")],
    });
    const finding = await db.prisma.finding.findUniqueOrThrow({
      where: { id: mocked.checks[1]?.findingId as string },
    });
    expect(finding.source).toBe("mock_assessment");
    const latest = async (inspectionId?: string) =>
      (await as("inspector").fieldChecks.checklist({ siteId: site.S1, inspectionId })).items.find(
        (i) => i.code === "F1",
      )?.latest?.result;
    expect(await latest()).toBe("pass");
    expect(await latest(routine)).toBe("fail");
  });

  it("computes score rates from the latest check, weighted by points, for every grouping", async () => {
    const rates = async (groupBy: "site" | "site_type" | "unit" | "grid" | "standard", more = {}) =>
      (await as("leader").fieldChecks.scoreRates({ groupBy, systemId: systemA, ...more })).map(
        (r) => [r.key, r.passedPoints, r.applicablePoints, r.rate, r.checks],
      );
    // Latest per site × standard in system A:
    //   S1: F1 pass 2 (T2 beats T1's fail), F2 fail 3            → 2 / 5, 2 checks
    //   S2: F1 pass 2, F2 not applicable                         → 2 / 2, 2 checks
    //   S3: F1 pass 2, F3 fail 1, F5 pass 1.5                    → 3.5 / 4.5, 3 checks
    const row = (key: string | null, passed: number, applicable: number, checks: number) => [
      key,
      passed,
      applicable,
      passed / applicable,
      checks,
    ];
    expect(await rates("site")).toEqual([
      row(site.S1, 2, 5, 2),
      row(site.S2, 2, 2, 2),
      row(site.S3, 3.5, 4.5, 3),
    ]);
    const sortByKey = (rows: unknown[][]) =>
      rows.sort((x, y) => String(x[0]).localeCompare(String(y[0])));
    expect(sortByKey(await rates("site_type"))).toEqual(
      sortByKey([row(ids.T1, 4, 7, 4), row(ids.T2, 3.5, 4.5, 3)]),
    );
    expect(sortByKey(await rates("unit"))).toEqual(
      sortByKey([row(ids.U1, 5.5, 9.5, 5), row(ids.U2, 2, 2, 2)]),
    );
    expect(await rates("grid")).toEqual([row(ids.G1, 4, 7, 4), row(null, 3.5, 4.5, 3)]);
    expect(sortByKey(await rates("standard"))).toEqual(
      sortByKey([
        row(std.F1 as string, 6, 6, 3),
        row(std.F2 as string, 0, 3, 2),
        row(std.F3 as string, 0, 1, 1),
        row(std.F5 as string, 1.5, 1.5, 1),
      ]),
    );
    // Up to 11 October only the first round counts: S1 has F1 fail, F2 pass → 3 / 5.
    expect((await rates("site", { to: "2026-10-11" }))[0]).toEqual(row(site.S1, 3, 5, 2));
    expect(await rates("site", { from: "2026-10-11" })).toEqual([row(site.S1, 2, 5, 2)]);
    // Without a system, S2 also has C1 (10 points, failed): 2 / 12.
    const all = await as("leader").fieldChecks.scoreRates({ groupBy: "site" });
    expect(all.find((r) => r.key === site.S2)).toMatchObject({
      passedPoints: 2,
      applicablePoints: 12,
    });
    const names = await as("leader").fieldChecks.scoreRates({ groupBy: "grid", systemId: systemA });
    expect(names.map((r) => r.name)).toEqual(["岳庙网格", null]);
  });

  it("refuses roles that do not inspect, and unit officers reading", async () => {
    const input = { inspectionId: routine, siteId: site.S1, results: [pass("F2")] };
    for (const role of ["admin", "unit_officer", "leader"] as const) {
      expect(await codeOf(as(role).fieldChecks.record(input)), role).toBe("FORBIDDEN");
    }
    expect(await codeOf(as(null).fieldChecks.record(input))).toBe("UNAUTHORIZED");
    const officer = as("unit_officer").fieldChecks;
    expect(await codeOf(officer.checklist({ siteId: site.S1 }))).toBe("FORBIDDEN");
    expect(await codeOf(officer.scoreRates({ groupBy: "site" }))).toBe("FORBIDDEN");
  });

  it("refuses bad input with a message per field and writes nothing", async () => {
    const before = await written();
    const record = (siteId: string, inspectionId: string, results: Record<string, unknown>[]) =>
      domainErrorOf(
        as("inspector").fieldChecks.record({
          inspectionId,
          siteId,
          results: results as never,
        }),
      );
    // A valid failure first: its finding must not survive the refusal of the rest.
    const bad = await record(site.S1, routine, [
      fail("F2"),
      pass("F3"), // a market standard at a bus stop
      fail("F1", { category: undefined }),
      { ...pass("C1"), photoIds: [photoId] },
      fail("F2"),
      fail("F1", { photoIds: ["00000000-0000-4000-8000-000000000000"] }),
    ]);
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.fields).toEqual({
      "results.1.standardId": "field_check.standard_not_applicable",
      "results.2.category": "field.required",
      "results.3.photoIds": "field_check.photos_only_on_fail",
      "results.4.standardId": "field_check.duplicate_standard",
      "results.5.standardId": "field_check.duplicate_standard",
      "results.5.photoIds": "photo.not_found",
    });
    const outside = await record(site.S3, mock, [pass("F1")]);
    expect(outside.fields).toEqual({ siteId: "field_check.site_not_in_inspection" });
    const retired = await record(site.S1, routine, [pass("F4"), pass("M1"), pass("B1")]);
    expect(Object.values(retired.fields)).toEqual(
      Array(3).fill("field_check.standard_not_applicable"),
    );
    expect((await record(site.S1, routine, [])).code).toBe("BAD_REQUEST");
    expect(await written()).toEqual(before);
  });
});
