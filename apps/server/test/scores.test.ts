// The same hand-computed tree as packages/domain/test/projected-score.test.ts, now read from
// stored field checks, materials and survey answers through the API.
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";
import { createScoringFixture } from "./support/scoring-fixture.ts";

const NOW = new Date("2026-11-20T04:00:00Z");

describe.each(testEngines())("projected scores on %s", (kind) => {
  let db: TestDatabase;
  let fx: Awaited<ReturnType<typeof createScoringFixture>>;
  let leader: Awaited<ReturnType<typeof createTestUser>>;
  let admin: Awaited<ReturnType<typeof createTestUser>>;
  let coordinator: Awaited<ReturnType<typeof createTestUser>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await createScoringFixture(db.prisma);
    leader = await createTestUser(db.prisma, "leader");
    admin = await createTestUser(db.prisma, "admin");
    coordinator = await createTestUser(db.prisma, "coordinator");
  });
  afterAll(() => db.destroy());

  it("computes every section, standard and item from the stored evidence", async () => {
    const score = await callerFor(db, leader, NOW).scores.projected({ systemId: fx.systemId });
    expect(score.sections.map((s) => [s.section, s.score])).toEqual([
      ["field", 32.857],
      ["materials", 12],
      ["survey", 9],
    ]);
    expect(score.total).toBe(52.857);
    const items = Object.fromEntries(score.nodes.map((n) => [n.id, n]));
    expect(items[fx.nodes.i1]).toMatchObject({ points: 20, earned: 12.5, lost: 7.5 });
    expect(items[fx.nodes.i2]).toMatchObject({ points: 12, earned: 4.5, lost: 6.5 });
  });

  it("ranks standards by points lost, with their open findings and overdue tasks", async () => {
    const losing = await callerFor(db, leader, NOW).scores.losing({
      systemId: fx.systemId,
      limit: 3,
    });
    // Lost: S5 5, S2 3, S1 2.5, S3 2, S6 1, S4 0.5
    expect(losing.map((l) => [l.code, l.lost, l.openFindings, l.overdueTasks])).toEqual([
      ["S5", 5, 0, 0],
      ["S2", 3, 1, 0],
      ["S1", 2.5, 2, 2],
    ]);
  });

  it("follows weights an admin changes, and refuses anyone else", async () => {
    expect(await codeOf(callerFor(db, coordinator).scores.updateSettings({ minorsGate: 80 }))).toBe(
      "FORBIDDEN",
    );
    expect(
      await codeOf(
        callerFor(db, admin).scores.updateSettings({
          sectionWeights: { field: 50, materials: 30, survey: -1 },
        }),
      ),
    ).toBe("BAD_REQUEST");
    await callerFor(db, admin).scores.updateSettings({
      sectionWeights: { field: 50, materials: 30, survey: 20 },
    });
    const score = await callerFor(db, leader, NOW).scores.projected({ systemId: fx.systemId });
    expect(score.total).toBe(58.071);
    const settings = await callerFor(db, leader).scores.settings();
    expect(settings.minorsGate).toBe(85); // untouched keys keep their values
    await callerFor(db, admin).scores.updateSettings({
      sectionWeights: { field: 40, materials: 40, survey: 20 },
    });
  });

  it("takes snapshots for the history and the cycle projection", async () => {
    expect(await codeOf(callerFor(db, leader).scores.snapshot({ systemId: fx.systemId }))).toBe(
      "FORBIDDEN",
    );
    await db.prisma.scoreSnapshot.createMany({
      data: [
        { systemId: fx.systemId, takenAt: new Date("2024-12-20T00:00:00Z"), total: 70, detail: {} },
        { systemId: fx.systemId, takenAt: new Date("2025-06-01T00:00:00Z"), total: 60, detail: {} },
        { systemId: fx.systemId, takenAt: new Date("2025-12-31T15:00:00Z"), total: 75, detail: {} }, // 23:00 Beijing
      ],
    });
    const taken = await callerFor(db, coordinator, NOW).scores.snapshot({ systemId: fx.systemId });
    expect(taken.total).toBe(52.857);
    const history = await callerFor(db, leader).scores.history({ systemId: fx.systemId });
    expect(history.map((h) => h.total)).toEqual([70, 60, 75, 52.857]);
    const overview = await callerFor(db, leader, NOW).scores.overview();
    // No minors' system in this database: the city total is the city score.
    // Cycle 2024–2026: 70 × 0.15 + 75 × 0.25 + 52.857 × 0.6 = 10.5 + 18.75 + 31.714 = 60.964
    expect(overview.cycle?.years.map((y) => [y.year, y.score, y.source])).toEqual([
      [2024, 70, "snapshot"],
      [2025, 75, "snapshot"],
      [2026, 52.857, "projection"],
    ]);
    expect(overview.cycle?.total).toBe(60.964);
    expect(overview.cityTotal).toEqual({ total: 52.857, eligible: null, minorsGate: 85 });
  });

  it("applies the Minors' gate once a minors' system is scored", async () => {
    const minors = await db.prisma.assessmentSystem.create({
      data: { kind: "minors", edition: 2021, name: "未成年人（测试）" },
    });
    const item = await db.prisma.assessmentNode.create({
      data: { systemId: minors.id, code: "M", level: "item", title: "M" },
    });
    const ind = await db.prisma.assessmentNode.create({
      data: {
        systemId: minors.id,
        code: "M-1",
        level: "indicator",
        title: "M-1",
        parentId: item.id,
      },
    });
    const content = await db.prisma.assessmentNode.create({
      data: {
        systemId: minors.id,
        code: "M-1-1",
        level: "content",
        title: "M-1-1",
        parentId: ind.id,
      },
    });
    const standard = await db.prisma.assessmentStandard.create({
      data: {
        systemId: minors.id,
        contentId: content.id,
        code: "M1",
        text: "M1",
        points: 10,
        methods: ["materials_review"],
      },
    });
    // 4 of 5 approved → 0.8 → the only section carries 100 points → 80, below the gate of 85.
    await db.prisma.materialRequirement.createMany({
      data: (["approved", "approved", "approved", "approved", "drafted"] as const).map(
        (status, i) => ({
          standardId: standard.id,
          title: `材料${i}`,
          status,
        }),
      ),
    });
    const overview = await callerFor(db, leader, NOW).scores.overview();
    expect(overview.systems.find((s) => s.system.kind === "minors")?.total).toBe(80);
    // 52.857 × 0.8 + 80 × 0.2 = 42.286 + 16 = 58.286
    expect(overview.cityTotal).toEqual({ total: 58.286, eligible: false, minorsGate: 85 });
  });
});
