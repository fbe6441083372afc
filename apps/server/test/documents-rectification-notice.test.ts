// 整改通知书 / 督办单 (issue 13): for a selection of tasks, one notice per responsible unit with
// the finding, its photo, the deadline and the reply slip; read back by unzipping the .docx.
import type { SignedInUser } from "@cw/db";
import { serviceContext, storePhoto } from "@cw/db";
import { createTestDatabase, createTestUser, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, domainErrorOf } from "./support/caller.ts";
import { docxParagraphs, docxTables, zipEntries } from "./support/document-readers.ts";
import { NOW, type OverviewFixture, seedOverview } from "./support/overview-fixture.ts";
import { tinyPng } from "./support/tiny-png.ts";

describe.each(testEngines())("rectification notices (.docx) on %s", (kind) => {
  let db: TestDatabase;
  let fx: OverviewFixture;
  let coordinator: SignedInUser;
  const findingOf = async (name: string) =>
    (
      await db.prisma.rectificationTask.findUniqueOrThrow({
        where: { id: fx.taskIds[name] as string },
        select: { findingId: true },
      })
    ).findingId;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await seedOverview(db.prisma);
    coordinator = await createTestUser(db.prisma, "coordinator");
    const photo = await storePhoto(serviceContext(db.prisma, coordinator, { now: NOW }), {
      bytes: tinyPng(12),
      maxBytes: 1e6,
    });
    await db.prisma.findingPhoto.create({
      data: { findingId: await findingOf("A1"), photoId: photo.id, kind: "before" },
    });
  });
  afterAll(async () => {
    await db.destroy();
  });

  it("writes one notice per unit with the tasks, deadlines, photo and reply slip", async () => {
    const caller = callerFor(db, coordinator, NOW);
    const made = await caller.documents.rectificationNotice({
      form: "rectification_notice",
      findingIds: [await findingOf("B1"), await findingOf("A2"), await findingOf("A1")],
      issuer: "华阴市创文办",
      docNumber: "华创文整〔2026〕7号",
    });
    expect(made.fileName).toBe("整改通知书-华创文整〔2026〕7号.docx");
    const doc = await db.prisma.generatedDocument.findUniqueOrThrow({
      where: { id: made.id },
      select: { bytes: true, rowCount: true, title: true },
    });
    expect(doc).toMatchObject({ rowCount: 3, title: "整改通知书（2 个单位）" });
    const bytes = doc.bytes as Uint8Array;
    const paragraphs = await docxParagraphs(bytes);
    // 城管局 (A1, A2) then 交通运输局 (B1), each under its own red header and title.
    expect(paragraphs.filter((p) => p.endsWith("："))).toEqual(["城管局：", "交通运输局："]);
    expect(paragraphs.filter((p) => p === "整改通知书")).toHaveLength(2);
    expect(paragraphs).toContain(
      "经检查，你单位负责的点位存在以下 2 个问题。请对照测评标准，于整改期限前整改到位，并按期报送整改情况。",
    );
    const tables = await docxTables(bytes);
    // Per unit: a table per task, then the reply slip.
    expect(tables.map((t) => t[0]?.[1])).toEqual([
      "A1",
      "A2",
      "华创文整〔2026〕7号",
      "B1",
      "华创文整〔2026〕7号",
    ]);
    expect(tables[0]?.find((r) => r[0] === "整改期限")).toEqual(["整改期限", "2026-11-19"]);
    expect(tables[3]?.find((r) => r[0] === "整改期限")).toEqual(["整改期限", "2026-11-16"]);
    expect(tables[2]?.map((r) => r[0])).toEqual([
      "通知书文号",
      "整改完成情况",
      "整改后照片",
      "责任人",
      "联系电话",
      "完成日期",
      "单位负责人（签字）",
      "单位（盖章）",
    ]);
    const zip = await zipEntries(bytes);
    expect(Object.keys(zip.files).filter((n) => n.startsWith("word/media/"))).toHaveLength(1);
  });

  it("gives the print view the same notices, with photo ids instead of bytes", async () => {
    const caller = callerFor(db, coordinator, NOW);
    const a1 = await findingOf("A1");
    const view = await caller.documents.rectificationNoticeView({
      findingIds: [await findingOf("B1"), await findingOf("A2"), a1],
    });
    const photo = await db.prisma.findingPhoto.findFirstOrThrow({
      where: { findingId: a1 },
      select: { photoId: true },
    });
    expect(
      view.units.map((u) => [u.unitName, u.tasks.map((t) => [t.code, t.deadline, t.photoIds])]),
    ).toEqual([
      [
        "城管局",
        [
          ["A1", "2026-11-19", [photo.photoId]],
          ["A2", "2026-11-17", []],
        ],
      ],
      ["交通运输局", [["B1", "2026-11-16", []]]],
    ]);
    // Read by the roles that generate the notices only.
    const leader = await createTestUser(db.prisma, "leader");
    const refused = await domainErrorOf(
      callerFor(db, leader, NOW).documents.rectificationNoticeView({ findingIds: [a1] }),
    );
    expect(refused).toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses a task not yet dispatched (no unit to send it to)", async () => {
    const error = await domainErrorOf(
      callerFor(db, coordinator, NOW).documents.rectificationNotice({
        form: "supervision_order",
        findingIds: [await findingOf("N1")],
        issuer: "华阴市创文办",
        docNumber: "1号",
      }),
    );
    expect(error).toMatchObject({ code: "CONFLICT", key: "workflow.not_dispatched" });
  });
});
