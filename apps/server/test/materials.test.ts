// The materials section (网上申报 / 材料审核): requirements, the review workflow tried by every
// role from every state (the table below is written by hand: it is the specification), unit
// scoping, lists, the approved-materials counts, and file uploads over HTTP.
import {
  loadSettings,
  materialsRateByStandard,
  serviceContext,
  storeMaterialFile,
  writeSettings,
} from "@cw/db";
import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { MATERIAL_STATUSES, type MaterialAction, type MaterialStatus } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { png } from "../../../packages/db/test/support/test-images.ts";
import { createAssessmentSystem } from "./support/assessment-fixture.ts";
import { callerFor, codeOf, domainErrorOf } from "./support/caller.ts";
import { refused, startMaterialServer } from "./support/material-uploads.ts";
import { createMaterialsFixture, type MaterialsFixture } from "./support/materials-fixture.ts";
import { ole2, ooxml, pdf, zip } from "./support/office-files.ts";
import { rawUpload } from "./support/raw-upload.ts";

const NOW = new Date("2026-10-15T04:00:00Z"); // 12:00 on 15 October in Beijing
const ACTORS = ["admin", "coordinator", "inspector", "officerA", "officerB", "leader"] as const;
type ActorName = (typeof ACTORS)[number];

const RULES: Record<
  MaterialAction,
  { from: MaterialStatus[]; to: MaterialStatus; allowed: ActorName[] }
> = {
  draft: { from: ["not_started", "returned"], to: "drafted", allowed: ["officerA", "coordinator"] },
  submit: { from: ["drafted", "returned"], to: "submitted", allowed: ["officerA", "coordinator"] },
  return: { from: ["submitted"], to: "returned", allowed: ["coordinator"] },
  approve: { from: ["submitted"], to: "approved", allowed: ["coordinator"] },
};

describe.each(testEngines())("materials on %s", (kind) => {
  let db: TestDatabase;
  let fx: MaterialsFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await createMaterialsFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  const as = (who: ActorName | "coordinator2") =>
    callerFor(db, who === "coordinator2" ? fx.coordinator2 : fx.users[who], NOW).materials;
  const move = (
    who: ActorName | "coordinator2",
    id: string,
    v: number,
    action: MaterialAction,
    comment?: string,
  ) => as(who).transition({ id, expectedVersion: v, action, comment });

  it("lets coordinators and admins set requirements out, version-checked and audited", async () => {
    const created = await as("coordinator").create({
      standardId: fx.standards.M1,
      title: "文明城市创建工作方案",
      unitId: fx.unitA,
      dueDate: "2026-10-20",
    });
    expect(created).toMatchObject({ status: "not_started", version: 1, unitName: "市交通运输局" });
    expect(created).toMatchObject({ overdue: false, fileCount: 0, availableActions: [] });
    await as("admin").create({ standardId: fx.standards.B1, title: "汇报材料" });
    const bad = await domainErrorOf(
      as("admin").create({ standardId: fx.standards.F1, title: "x" }),
    );
    expect(bad.fields).toEqual({ standardId: "material.not_materials_standard" });
    const unit = await domainErrorOf(
      as("admin").create({ standardId: fx.standards.M1, title: "x", unitId: fx.siteId }),
    );
    expect(unit.fields).toEqual({ unitId: "error.reference_missing" });
    for (const who of ["inspector", "officerA", "leader"] as const) {
      expect(await codeOf(as(who).create({ standardId: fx.standards.M1, title: "x" })), who).toBe(
        "FORBIDDEN",
      );
    }
    const updated = await as("admin").update({
      id: created.id,
      expectedVersion: 1,
      dueDate: "2026-10-14",
    });
    expect(updated).toMatchObject({ version: 2, dueDate: "2026-10-14", overdue: true });
    const stale = await domainErrorOf(
      as("coordinator").update({ id: created.id, expectedVersion: 1, title: "y" }),
    );
    expect([stale.code, stale.key]).toEqual(["CONFLICT", "material.stale_version"]);
    const withFile = await fx.requirementIn("not_started");
    expect(await codeOf(as("coordinator").remove({ id: withFile, expectedVersion: 1 }))).toBe(
      "CONFLICT",
    );
    await as("coordinator").remove({ id: created.id, expectedVersion: 2 });
    const events = await db.prisma.auditEvent.findMany({
      where: { entityId: created.id },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["create", "update", "delete"]);
  });

  it("allows every transition to exactly the roles and states in the table", async () => {
    const wrong: string[] = [];
    for (const [action, rule] of Object.entries(RULES) as [
      MaterialAction,
      (typeof RULES)["draft"],
    ][]) {
      for (const status of MATERIAL_STATUSES) {
        for (const who of ACTORS) {
          const id = await fx.requirementIn(status);
          const reviewed = await db.prisma.materialReview.count({ where: { requirementId: id } });
          const code = await codeOf(move(who, id, 1, action, "请补充会议纪要"));
          const expected = !rule.allowed.includes(who)
            ? "FORBIDDEN"
            : rule.from.includes(status)
              ? "OK"
              : "CONFLICT";
          const row = await db.prisma.materialRequirement.findUniqueOrThrow({ where: { id } });
          const reviews =
            (await db.prisma.materialReview.count({ where: { requirementId: id } })) - reviewed;
          const audit = await db.prisma.auditEvent.count({ where: { entityId: id } });
          const state = code === "OK" ? [rule.to, 2, 1, 1] : [status, 1, 0, 0];
          if (code !== expected || `${[row.status, row.version, reviews, audit]}` !== `${state}`)
            wrong.push(`${who} ${action} from ${status}: ${code}, expected ${expected}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("runs a review: files needed, comment to return, approver is not the submitter", async () => {
    const { id } = await as("coordinator").create({
      standardId: fx.standards.M2,
      title: "志愿服务台账",
      unitId: fx.unitA,
    });
    const empty = await domainErrorOf(move("officerA", id, 1, "draft"));
    expect([empty.code, empty.key]).toEqual(["BAD_REQUEST", "material.file_required"]);
    await storeMaterialFile(serviceContext(db.prisma, fx.users.officerA, { now: NOW }), {
      requirementId: id,
      fileName: "台账.pdf",
      bytes: pdf(),
      maxBytes: 1e6,
    });
    expect((await as("officerA").get({ id })).availableActions).toEqual(["draft"]);
    await move("officerA", id, 1, "draft");
    await move("officerA", id, 2, "submit");
    const noComment = await domainErrorOf(move("coordinator", id, 3, "return", "  "));
    expect(noComment.fields).toEqual({ comment: "material.comment_required" });
    await move("coordinator", id, 3, "return", "缺少活动照片");
    await move("coordinator", id, 4, "submit"); // the coordinator completes it this time
    const own = await domainErrorOf(move("coordinator", id, 5, "approve"));
    expect([own.code, own.key]).toEqual(["FORBIDDEN", "material.approver_is_submitter"]);
    expect((await as("coordinator").get({ id })).availableActions).toEqual(["return"]);
    expect(await codeOf(move("coordinator2", id, 4, "approve"))).toBe("CONFLICT"); // stale
    expect(await move("coordinator2", id, 5, "approve")).toEqual({
      id,
      status: "approved",
      version: 6,
    });
    const detail = await as("leader").get({ id });
    expect(detail.reviews.map((r) => [r.action, r.comment])).toEqual([
      ["draft", ""],
      ["submit", ""],
      ["return", "缺少活动照片"],
      ["submit", ""],
      ["approve", ""],
    ]);
    const audit = await db.prisma.auditEvent.findMany({
      where: { entityId: id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((e) => e.action)).toEqual([
      "create",
      "draft",
      "submit",
      "return",
      "submit",
      "approve",
    ]);
    expect(audit[3]?.reason).toBe("缺少活动照片");
  });

  it("shows unit officers only their own unit's requirements", async () => {
    const b = await fx.requirementIn("not_started", { unitId: fx.unitB });
    const a = await fx.requirementIn("drafted");
    const ofB = await as("officerB").list({});
    expect(ofB.items.map((r) => r.id)).toEqual([b]);
    expect(ofB.items.every((r) => r.unitId === fx.unitB)).toBe(true);
    expect((await as("officerA").list({ unitId: fx.unitB })).items).toEqual([]);
    expect(await codeOf(as("officerB").get({ id: a }))).toBe("FORBIDDEN");
    expect(await codeOf(move("officerB", a, 1, "submit"))).toBe("FORBIDDEN");
    expect((await as("officerA").get({ id: a })).availableActions).toEqual(["submit"]);
  });

  it("lists by standard, unit, status and overdue, in cursor pages", async () => {
    const own = await createAssessmentSystem(db.prisma, {
      kind: "villages_towns",
      edition: 2021,
      standards: [{ code: "L1", points: 1, methods: ["materials_review"] }],
    });
    const standardId = own.standards.L1 as string;
    const ids = [
      await fx.requirementIn("submitted", { standardId, dueDate: "2026-10-14" }), // overdue
      await fx.requirementIn("approved", { standardId, dueDate: "2026-10-01" }), // done
      await fx.requirementIn("drafted", { standardId, dueDate: "2026-10-15" }), // due today
      await fx.requirementIn("not_started", { standardId, dueDate: null, unitId: fx.unitB }),
    ];
    const list = async (filters: Record<string, unknown>) =>
      (await as("coordinator").list({ standardId, ...filters })).items.map((r) =>
        ids.indexOf(r.id),
      );
    expect(await list({})).toEqual([1, 0, 2, 3]); // by due date, undated last
    expect(await list({ overdue: true })).toEqual([0]);
    expect(await list({ overdue: false })).toEqual([1, 2, 3]);
    expect(await list({ status: ["drafted", "approved"] })).toEqual([1, 2]);
    expect(await list({ unitId: fx.unitB })).toEqual([3]);
    const first = await as("coordinator").list({ standardId, limit: 3 });
    const second = await as("coordinator").list({
      standardId,
      limit: 3,
      cursor: first.nextCursor as string,
    });
    expect([...first.items, ...second.items].map((r) => ids.indexOf(r.id))).toEqual([1, 0, 2, 3]);
    expect(second.nextCursor).toBeNull();
    expect(await codeOf(as("coordinator").list({ cursor: "forged" }))).toBe("BAD_REQUEST");
  });

  it("counts approved of required materials per standard for the projected score", async () => {
    const other = await createAssessmentSystem(db.prisma, {
      kind: "minors",
      edition: 2021,
      standards: ["X1", "X2", "X3"].map((code) => ({
        code,
        points: 2,
        methods: ["materials_review" as const],
      })),
    });
    const [x1, x2] = [other.standards.X1, other.standards.X2];
    for (const status of ["approved", "approved", "submitted", "returned"] as const)
      await fx.requirementIn(status, { standardId: x1 });
    await fx.requirementIn("not_started", { standardId: x2 });
    const rates = await materialsRateByStandard(db.prisma, other.systemId);
    expect(rates.sort((a, b) => (a.standardId === x1 ? -1 : b.standardId === x1 ? 1 : 0))).toEqual([
      { standardId: x1, approved: 2, total: 4 },
      { standardId: x2, approved: 0, total: 1 },
    ]);
  });
});

describe.each(testEngines())("materials files over HTTP on %s", (kind) => {
  let db: TestDatabase;
  let fx: MaterialsFixture;
  let http: Awaited<ReturnType<typeof startMaterialServer<ActorName>>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fx = await createMaterialsFixture(db.prisma);
    http = await startMaterialServer(db, fx.users, NOW);
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });
  const upload = (...args: Parameters<typeof http.upload>) => http.upload(...args);
  const stored = async () => ({
    files: await db.prisma.materialFile.count(),
    blobs: await db.prisma.photoContent.count(),
  });

  it("accepts PDF, Office documents and images by their bytes, and serves them back", async () => {
    const id = await fx.requirementIn("not_started", { files: 0 });
    const files: [string, Uint8Array, string, ActorName][] = [
      ["工作方案.pdf", pdf(), "application/pdf", "officerA"],
      [
        "台账.docx",
        ooxml("docx"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "coordinator",
      ],
      [
        "统计表.xlsx",
        ooxml("xlsx"),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "officerA",
      ],
      ["现场.png", png(), "image/png", "officerA"],
      ["旧版.doc", ole2("WordDocument"), "application/msword", "officerA"],
      ["旧版.xls", ole2("Workbook"), "application/vnd.ms-excel", "officerA"],
    ];
    for (const [name, bytes, mimeType, who] of files) {
      const res = await upload(id, name, bytes, who);
      expect(res.status, name).toBe(201);
      const file = await res.json();
      expect(file, name).toMatchObject({ fileName: name, mimeType, byteSize: bytes.length });
      const got = await http.download(file.id, "leader");
      expect(got.headers.get("content-type")).toBe(mimeType);
      expect(got.headers.get("content-disposition")).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
      );
      expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
    }
    // The same bytes again: a second file row, the blob stored once.
    const before = await stored();
    expect((await upload(id, "副本.pdf", pdf(), "officerA")).status).toBe(201);
    expect(await stored()).toEqual({ files: before.files + 1, blobs: before.blobs });
    expect((await callerFor(db, fx.users.officerA, NOW).materials.get({ id })).fileCount).toBe(7);
    const [first] = await db.prisma.materialFile.findMany({
      where: { requirementId: id },
      take: 1,
    });
    const other = await http.download(first?.id, "officerB");
    await refused(other, 403, "material.forbidden_unit");
  });

  it("refuses files that are not what they claim (415) and stores nothing", async () => {
    const id = await fx.requirementIn("drafted", { files: 0 });
    const before = await stored();
    const text = new TextEncoder().encode("这是一个改了扩展名的文本文件");
    expect(
      await refused(
        await upload(id, "报告.pdf", text, "officerA"),
        415,
        "material.unsupported_type",
      ),
    ).toBe("只接受 PDF、JPEG/PNG/WebP 图片和 Word、Excel、PowerPoint 文档。");
    const macro = zip({
      "[Content_Types].xml":
        '<Types><Override ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>',
    });
    for (const [name, bytes] of [
      ["a.docx", zip({ "a.txt": "x" })],
      ["b.docm", macro],
      ["c.doc", ole2("MsiFile")],
    ] as const) {
      await refused(
        await upload(id, name, bytes, "officerA", "en"),
        415,
        "material.unsupported_type",
      );
    }
    await refused(await upload(id, "空.pdf", new Uint8Array(), "officerA"), 400, "material.empty");
    await refused(await upload(id, undefined, pdf(), "officerA"), 400, "material.name_required");
    expect(await stored()).toEqual(before);
  });

  it("lets only the unit's officers and coordinators upload, while the materials are open", async () => {
    const id = await fx.requirementIn("returned", { files: 0 });
    const before = await stored();
    await refused(await upload(id, "a.pdf", pdf()), 401, "error.unauthorized");
    for (const who of ["admin", "inspector", "leader"] as const) {
      await refused(await upload(id, "a.pdf", pdf(), who), 403, "error.forbidden_role");
    }
    await refused(await upload(id, "a.pdf", pdf(), "officerB"), 403, "material.forbidden_unit");
    const locked = await fx.requirementIn("submitted", { files: 0 });
    await refused(await upload(locked, "a.pdf", pdf(), "officerA"), 409, "material.locked");
    await refused(await upload(fx.siteId, "a.pdf", pdf(), "officerA"), 404, "error.not_found");
    expect(await stored()).toEqual(before);
  });

  it("refuses a file over maxMaterialBytes (413), declared or streamed, and stores nothing", async () => {
    const limit = 100_000;
    const settings = await loadSettings(db.prisma);
    await db.prisma.$transaction((tx) =>
      writeSettings(tx, { ...settings, maxMaterialBytes: limit }),
    );
    const id = await fx.requirementIn("not_started", { files: 0 });
    const before = await stored();
    const big = Buffer.concat([pdf(), Buffer.alloc(limit)]);
    expect(
      await refused(await upload(id, "大.pdf", big, "officerA"), 413, "material.too_large"),
    ).toBe("文件超过 0.1 MB 的上限。");
    const [url, cookie] = [http.url, http.cookie("officerA")];
    expect((await rawUpload(url(id, "a.pdf"), cookie, { declaredLength: 50 * limit })).status).toBe(
      413,
    );
    const streamed = await rawUpload(url(id, "a.pdf"), cookie, { total: 50 * limit });
    expect(streamed.status).toBe(413);
    expect(streamed.sent).toBeLessThan(50 * limit);
    expect(await stored()).toEqual(before);
    const fits = Buffer.concat([pdf(), Buffer.alloc(limit - pdf().length)]);
    expect((await upload(id, "刚好.pdf", fits, "officerA")).status).toBe(201);
  });
});
