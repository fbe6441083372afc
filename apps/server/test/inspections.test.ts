import type { SignedInUser } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  findingRecords,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  testEngines,
  unitRecord,
} from "@cw/db/testing";
import type { Role } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerContext } from "../src/context.ts";
import { createCaller } from "../src/router.ts";
import { codeOf, domainErrorOf } from "./support/caller.ts";

const NOW = new Date("2026-09-30T04:00:00Z");
const MISSING = "00000000-0000-4000-8000-000000000000";

describe.each(testEngines())("inspections on %s", (kind) => {
  let db: TestDatabase;
  let users: Record<Role, SignedInUser>;
  let partner: SignedInUser;
  let sites: string[];

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const unit = unitRecord();
    const type = siteTypeRecord();
    const records = ["东岳农贸市场", "华山客运站", "玉泉社区"].map((name) =>
      siteRecord({ siteTypeId: type.id, responsibleUnitId: unit.id }, { name }),
    );
    await db.prisma.responsibleUnit.create({ data: unit });
    await db.prisma.siteType.create({ data: type });
    await db.prisma.site.createMany({ data: records });
    sites = records.map((s) => s.id);
    const roles = ["admin", "coordinator", "inspector", "unit_officer", "leader"] as const;
    users = Object.fromEntries(
      await Promise.all(
        roles.map(async (r) => [
          r,
          await createTestUser(db.prisma, r, r === "unit_officer" ? unit.id : null),
        ]),
      ),
    ) as Record<Role, SignedInUser>;
    partner = await createTestUser(db.prisma, "inspector");
  });
  afterAll(() => db.destroy());

  const as = (role: Role | null) =>
    createCaller(callerContext(db, role ? users[role] : null, { now: () => NOW })).inspections;
  const written = async () => ({
    inspections: await db.prisma.inspection.count(),
    audit: await db.prisma.auditEvent.count({ where: { entityType: "inspection" } }),
  });

  it("creates an inspection with its team, sites, a day-numbered code and an audit event", async () => {
    const created = await as("inspector").create({
      kind: "unannounced",
      date: "2026-09-29",
      memberIds: [users.inspector.id, partner.id, partner.id],
      siteIds: [sites[0] as string, sites[1] as string],
      notes: "国庆前暗访",
    });
    expect(created).toMatchObject({
      code: "I20260929001",
      kind: "unannounced",
      date: "2026-09-29",
    });
    expect(created.members.map((m) => m.id).sort()).toEqual(
      [users.inspector.id, partner.id].sort(),
    );
    expect(created.sites.map((s) => s.name).sort()).toEqual(["东岳农贸市场", "华山客运站"].sort());
    expect(created.findingCount).toBe(0);

    const audit = await db.prisma.auditEvent.findMany({
      where: { entityType: "inspection", entityId: created.id },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "create", actorId: users.inspector.id });
    expect(audit[0]?.at).toEqual(NOW);

    const second = await as("coordinator").create({
      kind: "routine",
      date: "2026-09-29",
      memberIds: [partner.id],
      siteIds: [sites[2] as string],
    });
    expect(second.code).toBe("I20260929002");
    expect(second.notes).toBe("");
  });

  it("gets one inspection with its finding count, and 404s an unknown one", async () => {
    const created = await as("coordinator").create({
      kind: "follow_up",
      date: "2026-09-30",
      memberIds: [users.coordinator.id],
      siteIds: [sites[0] as string],
    });
    const r = findingRecords({ siteId: sites[0] as string });
    await db.prisma.finding.create({ data: { ...r.finding, inspectionId: created.id } });
    const got = await as("leader").get({ id: created.id });
    expect(got).toEqual({ ...created, findingCount: 1 });
    expect(await codeOf(as("admin").get({ id: MISSING }))).toBe("NOT_FOUND");
  });

  it("lists newest first with each filter, paging each inspection exactly once", async () => {
    const all = await as("admin").list({});
    expect(all.items.map((i) => i.code)).toEqual(["I20260930001", "I20260929002", "I20260929001"]);
    const codes = async (input: object) =>
      (await as("leader").list(input)).items.map((i) => i.code);
    expect(await codes({ kind: "routine" })).toEqual(["I20260929002"]);
    expect(await codes({ dateFrom: "2026-09-30" })).toEqual(["I20260930001"]);
    expect(await codes({ dateTo: "2026-09-29" })).toEqual(["I20260929002", "I20260929001"]);
    expect(await codes({ siteId: sites[1] })).toEqual(["I20260929001"]);
    expect(await codes({ memberId: partner.id })).toEqual(["I20260929002", "I20260929001"]);

    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await as("inspector").list({ limit: 1, ...(cursor ? { cursor } : {}) });
      paged.push(...page.items.map((i) => i.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all.items.map((i) => i.code));
    expect(await codeOf(as("inspector").list({ cursor: "garbage" }))).toBe("BAD_REQUEST");
  });

  it("lets only inspectors and coordinators create, and keeps unit officers out", async () => {
    const input = {
      kind: "routine" as const,
      date: "2026-10-08",
      memberIds: [partner.id],
      siteIds: [sites[0] as string],
    };
    const before = await written();
    for (const role of ["leader", "unit_officer", "admin"] as const) {
      expect(await codeOf(as(role).create(input)), role).toBe("FORBIDDEN");
    }
    expect(await codeOf(as(null).create(input))).toBe("UNAUTHORIZED");
    expect(await codeOf(as("unit_officer").list({}))).toBe("FORBIDDEN");
    expect(await codeOf(as("unit_officer").get({ id: MISSING }))).toBe("FORBIDDEN");
    expect(await written()).toEqual(before);
  });

  it("refuses unknown members and sites, naming both fields, and writes nothing", async () => {
    const before = await written();
    const error = await domainErrorOf(
      as("inspector").create({
        kind: "routine",
        date: "2026-10-08",
        memberIds: [users.inspector.id, MISSING],
        siteIds: [sites[0] as string, MISSING],
      }),
    );
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      key: "error.invalid_input",
      fields: { memberIds: "inspection.unknown_members", siteIds: "inspection.unknown_sites" },
    });
    const empty = await domainErrorOf(
      as("inspector").create({ kind: "routine", date: "2026-10-08", memberIds: [], siteIds: [] }),
    );
    expect(empty.code).toBe("BAD_REQUEST");
    expect(await written()).toEqual(before);
  });
});
