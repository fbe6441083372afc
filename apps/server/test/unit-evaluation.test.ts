// 结果考评 (issue 13) through the API on both engines: the overview fixture plus escalation,
// returned/reopened evidence and field checks (evaluation-fixture.ts), scored with the
// default formula, every number worked out by hand; the Excel file downloaded over HTTP and
// opened by exceljs. Period 1 Oct – 20 Nov, now 20 Nov 12:00 Beijing; minimum sample 5 tasks.
//
// 城管局 (A) 6 tasks: on time 2 of 5 judged = .4; overdue days A1 1 + A2 3 + A5 1 (closed at its
//   dueAt) = 5 → 1 − 5/6/10 = .91667; A4 reopened: 1/6 → .83333; not escalated → 1; field
//   6/10 = .6. (40×.4 + 20×.91667 + 15×.83333 + 10×1 + 15×.6) / 100
//   = (16 + 18.333 + 12.5 + 10 + 9) / 100 → 65.8
// 交通运输局 (B) 5: on time 1 of 5 = .2; B1 4 + B2 7 + B3 8 + B4 15 = 34 → 1 − 6.8/10 = .32;
//   returned B1 + partly fixed B3 = 2 → 1 − .4 = .6; B1 escalated: 1/5/.5 = .4 → .6; field
//   10/10 = 1. (8 + 6.4 + 9 + 6 + 15) / 100 → 44.4
// 文旅局 (C) 2: on time 1 of 2 = .5; C2 14 → 1 − 7/10 = .3; 1; 1; not checked (left out):
//   (20 + 6 + 15 + 10) / 85 → 60.0 — listed, not ranked (2 < 5 tasks).
import type { SignedInUser } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";
import { seedEvaluation } from "./support/evaluation-fixture.ts";
import { startHttp } from "./support/http-client.ts";
import { NOW } from "./support/overview-fixture.ts";

const PERIOD = { from: "2026-10-01", to: "2026-11-20" };

describe.each(testEngines())("unit evaluation (结果考评) on %s", (kind) => {
  let db: TestDatabase;
  let coordinator: SignedInUser;
  let admin: SignedInUser;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    coordinator = await createTestUser(db.prisma, "coordinator");
    admin = await createTestUser(db.prisma, "admin");
    const inspector = await createTestUser(db.prisma, "inspector");
    await seedEvaluation(db.prisma, { coordinator, inspector });
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("scores and ranks the units by the default formula, as worked out by hand", async () => {
    const leader = await createTestUser(db.prisma, "leader");
    const evaluation = await callerFor(db, leader, NOW).evaluation.read(PERIOD);
    expect(evaluation.minTasks).toBe(5);
    expect(evaluation.settings.weights).toEqual({
      onTime: 40,
      overdueDays: 20,
      returned: 15,
      escalated: 10,
      fieldRate: 15,
    });
    expect(
      evaluation.units.map((u) => [
        u.unitName,
        u.rank,
        u.eligible,
        u.score,
        u.tasks,
        u.judged,
        u.closedOnTime,
        u.overdueDays,
        u.returned,
        u.escalated,
        u.fieldRate,
      ]),
    ).toEqual([
      ["城管局", 1, true, 65.8, 6, 5, 2, 5, 1, 0, 0.6],
      ["交通运输局", 2, true, 44.4, 5, 5, 1, 34, 2, 1, 1],
      ["文旅局", null, false, 60, 2, 2, 1, 14, 0, 0, null],
    ]);
    // One rule, one place: the tasks, judged and on-time counts are the overview's.
    const overview = await callerFor(db, leader, NOW).overview.units(PERIOD);
    for (const u of evaluation.units) {
      const o = overview.byOnTime.find((x) => x.unitId === u.unitId);
      expect([o?.tasks, o?.judged, o?.closedOnTime]).toEqual([u.tasks, u.judged, u.closedOnTime]);
      expect(o?.eligible).toBe(u.eligible);
    }
  });

  it("exports the table to Excel, downloadable from the documents list", async () => {
    const made = await callerFor(db, coordinator, NOW).evaluation.export(PERIOD);
    expect(made.fileName).toBe("责任单位结果考评-20261120.xlsx");
    const http = await startHttp(db, { now: NOW });
    let bytes: ArrayBuffer;
    try {
      const login = await fetch(`${http.base}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { username: coordinator.username, password: TEST_PASSWORD } }),
      });
      const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
      const res = await fetch(`${http.base}${made.url}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("spreadsheetml");
      bytes = await res.arrayBuffer();
    } finally {
      await http.close();
    }
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    expect(rows[0]).toEqual(["责任单位结果考评"]);
    expect(rows[1]).toEqual(["考评期间: 2026-10-01 – 2026-11-20"]);
    expect(rows[3]).toEqual([
      "计分公式: 按期整改率 × 40 + 逾期天数（每件 10 天为 0） × 20 + 退回及重开（每件 1 次为 0） × 15 + 被督办（每件 0.5 次为 0） × 10 + 实地测评得分率 × 15",
    ]);
    expect(rows[5]).toEqual(["交办问题少于 5 个的单位列出但不排名。"]);
    expect(rows.slice(6)).toEqual([
      [
        "名次",
        "责任单位",
        "交办问题",
        "按期整改率",
        "逾期天数",
        "退回及重开",
        "被督办",
        "实地测评得分率",
        "得分",
      ],
      [1, "城管局", 6, 40, 5, 1, 0, 60, 65.8],
      [2, "交通运输局", 5, 20, 34, 2, 1, 100, 44.4],
      ["未排名", "文旅局", 2, 50, 14, 0, 0, "—", 60],
    ]);
    const { items } = await callerFor(db, coordinator, NOW).documents.list({
      kind: "unit_evaluation",
    });
    expect(items.map((d) => [d.title, d.createdByName, d.url])).toEqual([
      ["责任单位结果考评", coordinator.displayName, made.url],
    ]);
  });

  it("follows the formula the admin sets; only the admin sets it; units' staff may not read", async () => {
    const onTimeOnly = {
      weights: { onTime: 100, overdueDays: 0, returned: 0, escalated: 0, fieldRate: 0 },
      zeroAt: { overdueDays: 10, returned: 1, escalated: 0.5 },
    };
    expect(
      await codeOf(callerFor(db, coordinator, NOW).evaluation.updateSettings(onTimeOnly)),
    ).toBe("FORBIDDEN");
    const zero = { ...onTimeOnly, weights: { ...onTimeOnly.weights, onTime: 0 } };
    expect(await codeOf(callerFor(db, admin, NOW).evaluation.updateSettings(zero))).toBe(
      "BAD_REQUEST",
    );
    await callerFor(db, admin, NOW).evaluation.updateSettings(onTimeOnly);
    const after = await callerFor(db, coordinator, NOW).evaluation.read(PERIOD);
    expect(after.units.map((u) => [u.unitName, u.rank, u.score])).toEqual([
      ["城管局", 1, 40],
      ["交通运输局", 2, 20],
      ["文旅局", null, 50],
    ]);
    const officer = await createTestUser(db.prisma, "unit_officer", null);
    expect(await codeOf(callerFor(db, officer, NOW).evaluation.read(PERIOD))).toBe("FORBIDDEN");
    expect(
      await codeOf(
        callerFor(db, coordinator, NOW).evaluation.read({ from: "2026-11-20", to: "2026-11-01" }),
      ),
    ).toBe("BAD_REQUEST");
  });
});
