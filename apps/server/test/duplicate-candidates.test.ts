// The "original finding" picker of a cancel-as-duplicate: the server searches findings by
// code or description, the same site first, never the finding itself nor another duplicate;
// the cancel still checks the choice.
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
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";

const NOW = new Date("2026-10-15T02:00:00Z");
const day = (d: number) => new Date(Date.UTC(2026, 9, d, 2));

describe.each(testEngines())("tasks.duplicateCandidates on %s", (kind) => {
  let db: TestDatabase;
  let coordinator: SignedInUser;
  let officer: SignedInUser;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const p = db.prisma;
    const unit = unitRecord({ name: "市城管局" });
    const type = siteTypeRecord({ name: "主次干道" });
    await p.responsibleUnit.create({ data: unit });
    await p.siteType.create({ data: type });
    const here = siteRecord(
      { siteTypeId: type.id, responsibleUnitId: unit.id },
      { name: "华山路" },
    );
    const there = siteRecord(
      { siteTypeId: type.id, responsibleUnitId: unit.id },
      { name: "岳庙街" },
    );
    await p.site.createMany({ data: [here, there] });
    coordinator = await createTestUser(p, "coordinator");
    officer = await createTestUser(p, "unit_officer", unit.id);
    const f = (code: string, siteId: string, foundAt: Date, description: string) => {
      const r = findingRecords({ code, siteId, foundAt, description, status: "new" });
      id[code] = r.finding.id;
      return r;
    };
    const rows = [
      f("DU-01", here.id, day(14), "垃圾桶满溢"), // the one being cancelled
      f("DU-02", here.id, day(10), "垃圾桶满溢未清运"),
      f("DU-03", here.id, day(12), "路面破损"),
      f("DU-04", there.id, day(13), "垃圾桶破损"),
      f("DU-05", there.id, day(11), "占道经营"),
    ];
    // DU-06 is itself a duplicate of DU-02: never an original.
    const dup = f("DU-06", here.id, day(13), "垃圾桶满溢（重复）");
    await p.finding.createMany({
      data: [...rows.map((r) => r.finding), { ...dup.finding, duplicateOfId: id["DU-02"] }],
    });
    await p.rectificationTask.createMany({
      data: [
        ...rows.map((r) => r.task),
        { ...dup.task, status: "cancelled", resolution: "duplicate" },
      ],
    });
  });
  afterAll(() => db.destroy());

  const codes = async (text?: string) =>
    (
      await callerFor(db, coordinator, NOW).tasks.duplicateCandidates({
        findingId: id["DU-01"] as string,
        ...(text === undefined ? {} : { text }),
      })
    ).map((c) => [c.code, c.sameSite]);

  it("lists same-site findings first, newest first, without itself or duplicates", async () => {
    expect(await codes()).toEqual([
      ["DU-03", true],
      ["DU-02", true],
      ["DU-04", false],
      ["DU-05", false],
    ]);
  });

  it("searches by description and by code", async () => {
    expect(await codes("垃圾桶")).toEqual([
      ["DU-02", true],
      ["DU-04", false],
    ]);
    expect(await codes("du-05")).toEqual([["DU-05", false]]);
    expect(await codes("50%")).toEqual([]);
  });

  it("is for coordinators, who cancel duplicates; the cancel still checks the choice", async () => {
    const input = { findingId: id["DU-01"] as string };
    expect(await codeOf(callerFor(db, officer, NOW).tasks.duplicateCandidates(input))).toBe(
      "FORBIDDEN",
    );
    const tasks = callerFor(db, coordinator, NOW).tasks;
    const self = await domainErrorOf(
      tasks.transition({
        findingId: id["DU-01"] as string,
        expectedVersion: 1,
        action: "cancel_duplicate",
        duplicateOfId: id["DU-01"] as string,
        reason: "重复上报",
      }),
    );
    expect(self.fields).toEqual({ duplicateOfId: "workflow.duplicate_of_self" });
    await tasks.transition({
      findingId: id["DU-01"] as string,
      expectedVersion: 1,
      action: "cancel_duplicate",
      duplicateOfId: id["DU-02"] as string,
      reason: "重复上报",
    });
    const cancelled = await tasks.get({ findingId: id["DU-01"] as string });
    expect([cancelled.status, cancelled.duplicateOfId]).toEqual(["cancelled", id["DU-02"]]);
  });
});
