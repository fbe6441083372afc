// The 督查通报 (issue 13): generated through the API, downloaded over HTTP, unzipped, and its
// word/document.xml read: title, 文号, the headline figures, the unit table equal to the
// overview's numbers for the same period, the ranking of units above the minimum sample.
import type { SignedInUser } from "@cw/db";
import { serviceContext, storePhoto } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";
import { docxParagraphs, docxTables, zipEntries } from "./support/document-readers.ts";
import { startHttp } from "./support/http-client.ts";
import { NOW, type OverviewFixture, seedOverview } from "./support/overview-fixture.ts";
import { tinyPng } from "./support/tiny-png.ts";

// 1 Oct – 20 Nov (Beijing) holds every task of the fixture. By hand, from overview-fixture.ts:
// 城管局 (A) 6 tasks: closed A3 A4 A5, on time A3 A4, overdue A1 A2; judged 5 → 40.0%.
// 交通运输局 (B) 5: closed B5 (on time), overdue B1 B2 B3 B4; judged 5 → 20.0%; B1 escalated.
// 文旅局 (C) 2: closed C1 (on time), overdue C2 — under the minimum of 5 tasks: not ranked.
// City: 13 dispatched, 3 sites, closed 6 (with N2), open 9, overdue 7, on time 4 of 12 = 33.3%.
const INPUT = {
  from: "2026-10-01",
  to: "2026-11-20",
  issuer: "华阴市创建全国文明城市工作指挥部办公室",
  docNumber: "华创文办〔2026〕18号",
  title: "关于全市创文问题整改情况的通报",
  closing: "请各责任单位对照问题清单逐项整改。\n逾期问题于11月27日前整改到位。",
};

describe.each(testEngines())("the supervision notice (.docx) on %s", (kind) => {
  let db: TestDatabase;
  let fx: OverviewFixture;
  let coordinator: SignedInUser;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await seedOverview(db.prisma);
    coordinator = await createTestUser(db.prisma, "coordinator");
    await db.prisma.escalation.create({
      data: {
        taskId: fx.taskIds.B1 as string,
        level: "supervision_notice",
        noticeText: "督办",
        issuedById: coordinator.id,
        issuedAt: NOW,
      },
    });
    const photo = await storePhoto(serviceContext(db.prisma, coordinator, { now: NOW }), {
      bytes: tinyPng(16),
      maxBytes: 1e6,
    });
    const b1 = await db.prisma.rectificationTask.findUniqueOrThrow({
      where: { id: fx.taskIds.B1 as string },
      select: { findingId: true },
    });
    await db.prisma.findingPhoto.create({
      data: { findingId: b1.findingId, photoId: photo.id, kind: "before" },
    });
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("prints the overview's numbers in GB/T 9704 layout, downloadable from the documents list", async () => {
    const caller = callerFor(db, coordinator, NOW);
    const made = await caller.documents.supervisionNotice(INPUT);
    expect(made.fileName).toBe("关于全市创文问题整改情况的通报-20261120.docx");

    const http = await startHttp(db, { now: NOW });
    let bytes: Uint8Array;
    try {
      const login = await fetch(`${http.base}/trpc/auth.login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ json: { username: coordinator.username, password: TEST_PASSWORD } }),
      });
      const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
      const res = await fetch(`${http.base}${made.url}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("wordprocessingml");
      bytes = new Uint8Array(await res.arrayBuffer());
    } finally {
      await http.close();
    }

    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs.slice(0, 3)).toEqual([INPUT.issuer, INPUT.docNumber, INPUT.title]);
    expect(paragraphs).toContain(
      "2026-10-01 至 2026-11-20，共发现并交办问题 13 个，涉及点位 3 个。截至 2026-11-20 12:00，已整改销号 6 个，按期整改率 33.3%；尚未整改 9 个，其中逾期 7 个。",
    );
    const [units, ranking] = await docxTables(bytes);
    expect(units).toEqual([
      ["责任单位", "交办问题", "已销号", "按期销号", "逾期未改", "被督办"],
      ["城管局", "6", "3", "2", "2", "0"],
      ["交通运输局", "5", "1", "1", "4", "1"],
      ["文旅局", "2", "1", "1", "1", "0"],
    ]);
    // The same numbers as the leader overview's unit ranking for the same period (the
    // escalations, which the overview does not show, aside).
    const overview = await caller.overview.units({ from: INPUT.from, to: INPUT.to });
    const fromOverview = [...overview.byOnTime]
      .sort((a, b) => a.unitName.localeCompare(b.unitName, "zh"))
      .map((u) => [u.unitName, u.tasks, u.closed, u.closedOnTime, u.overdue].map(String));
    expect(units?.slice(1).map((row) => row.slice(0, 5))).toEqual(fromOverview);
    // The headline figures are the overview's tiles for the same period.
    const tiles = await caller.overview.tiles({ from: INPUT.from, to: INPUT.to });
    expect(tiles).toMatchObject({
      siteCount: 3,
      closedTasks: 6,
      openFindings: 9,
      overdueFindings: 7,
    });
    expect(ranking).toEqual([
      ["名次", "责任单位", "按期整改率", "交办问题", "逾期未改"],
      ["1", "城管局", "40.0%", "6", "2"],
      ["2", "交通运输局", "20.0%", "5", "4"],
    ]);
    // Overdue items per unit, most overdue first; B1 with its photo.
    const overdueCodes = paragraphs.filter((p) => /^[ABC]\d　/.test(p)).map((p) => p.slice(0, 2));
    expect(overdueCodes).toEqual(["A2", "A1", "B4", "B3", "B2", "B1", "C2"]);
    expect(paragraphs.find((p) => p.startsWith("B1　"))).toContain(
      "整改期限 2026-11-16，已逾期 4 天",
    );
    expect(paragraphs.slice(-4)).toEqual([
      "请各责任单位对照问题清单逐项整改。",
      "逾期问题于11月27日前整改到位。",
      INPUT.issuer,
      "2026-11-20",
    ]);

    const zip = await zipEntries(bytes);
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>/); // the red 发文机关标志
    expect(xml).toMatch(/<w:bottom [^>]*w:color="FF0000"/); // the red separator line
    expect(Object.keys(zip.files).filter((n) => n.startsWith("word/media/"))).toHaveLength(1);
    const footers = await Promise.all(
      Object.keys(zip.files)
        .filter((n) => /^word\/footer\d+\.xml$/.test(n))
        .map((n) => zip.file(n)?.async("string")),
    );
    expect(footers.filter((f) => f?.includes("PAGE"))).toHaveLength(2); // odd and even pages

    const { items } = await caller.documents.list({ kind: "supervision_notice" });
    expect(items.map((d) => [d.title, d.createdByName, d.url])).toEqual([
      [INPUT.title, coordinator.displayName, made.url],
    ]);
  });

  it("is the coordinator's (and admin's) to generate; a reversed period is refused", async () => {
    const leader = await createTestUser(db.prisma, "leader");
    expect(await codeOf(callerFor(db, leader, NOW).documents.supervisionNotice(INPUT))).toBe(
      "FORBIDDEN",
    );
    const reversed = { ...INPUT, from: "2026-11-20", to: "2026-11-01" };
    expect(
      await codeOf(callerFor(db, coordinator, NOW).documents.supervisionNotice(reversed)),
    ).toBe("BAD_REQUEST");
  });
});
