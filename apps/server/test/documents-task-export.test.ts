// The Excel lists of the task list (issue 13): the file is read back with a workbook reader
// and unzipped, and its rows must be the API's list for the same filters, in the same order.
import { Writable } from "node:stream";
import type { SignedInUser } from "@cw/db";
import { exportTaskList, heavyWorkWaiting, serviceContext, storePhoto } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import type { ListTasksInput } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callerFor } from "./support/caller.ts";
import { readWorkbook, sheetRows, zipEntries } from "./support/document-readers.ts";
import { startHttp } from "./support/http-client.ts";
import { NOW, seedTaskList, type TaskListFixture } from "./support/task-list-fixture.ts";
import { tinyPng } from "./support/tiny-png.ts";

describe.each(testEngines())("task-list Excel exports on %s", (kind) => {
  let db: TestDatabase;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let fixture: TaskListFixture;
  let coordinator: SignedInUser;
  let cookie: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    fixture = await seedTaskList(db.prisma);
    coordinator = await createTestUser(db.prisma, "coordinator");
    // Photos: TL-01 has a before photo, TL-06 (closed) before and after, TL-12 the same
    // before photo as TL-01 (one image part for both).
    const svc = serviceContext(db.prisma, coordinator, { now: NOW });
    const red = await storePhoto(svc, { bytes: tinyPng(8, [200, 0, 0]), maxBytes: 1e6 });
    const green = await storePhoto(svc, { bytes: tinyPng(8, [0, 200, 0]), maxBytes: 1e6 });
    const findingOf = async (code: string) =>
      (await db.prisma.finding.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
    await db.prisma.findingPhoto.createMany({
      data: [
        { findingId: await findingOf("TL-01"), photoId: red.id, kind: "before" },
        { findingId: await findingOf("TL-06"), photoId: red.id, kind: "before" },
        { findingId: await findingOf("TL-06"), photoId: green.id, kind: "after" },
        { findingId: await findingOf("TL-12"), photoId: red.id, kind: "before" },
      ],
    });
    http = await startHttp(db, { now: NOW });
    const login = await fetch(`${http.base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { username: coordinator.username, password: TEST_PASSWORD } }),
    });
    cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });

  /** Every page of tasks.list for the filters, as the screen would page through them. */
  async function listAll(filters: Omit<ListTasksInput, "cursor" | "limit">) {
    const caller = callerFor(db, coordinator, NOW);
    const codes: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.tasks.list({ ...filters, limit: 5, ...(cursor ? { cursor } : {}) });
      codes.push(...page.items.map((i) => i.code));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return codes;
  }

  /** Each export a minute apart, so the documents list has an order to check. */
  const minutesAfterNow = (m: number) => new Date(NOW.getTime() + m * 60_000);

  const exportUrl = (input: unknown) =>
    `${http.base}/api/documents/task-export?input=${encodeURIComponent(JSON.stringify(input))}`;

  it("问题清单: the rows of the list for the same filters and order, all pages, photos in the drawing", async () => {
    const filters = { unitId: fixture.unitA, sort: "due_asc" as const };
    http.clock.now = minutesAfterNow(1);
    const res = await fetch(exportUrl({ ...filters, preset: "findings" }), { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(res.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("问题清单-20260930.xlsx")}`,
    );
    const expected = await listAll(filters);
    // Unit A's 15 tasks: TL-01…05, 07, 12, 13, 15, 17, 21, 25, 26, 27, 29 (14 and 28 moved to B).
    expect(expected).toHaveLength(15);
    expect(res.headers.get("x-export-rows")).toBe("15");
    const bytes = new Uint8Array(await res.arrayBuffer());
    const sheet = (await readWorkbook(bytes)).worksheets[0];
    if (!sheet) throw new Error("no sheet");
    expect(sheet.name).toBe("问题清单");
    const rows = sheetRows(sheet);
    expect(rows[0]).toEqual([
      "问题编号",
      "点位",
      "点位类型",
      "地址",
      "责任单位",
      "问题类别",
      "测评标准编号",
      "问题描述",
      "发现时间",
      "整改期限",
      "状态",
      "逾期天数",
      "整改前照片",
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected);
    // TL-01: unit A, site s0, deadline 20 Sep: day 10 overdue (30 − 20) at noon on 30 Sep.
    const tl01 = rows.find((r) => r[0] === "TL-01");
    expect(tl01?.slice(1, 3)).toEqual(["东岳农贸市场", "农贸市场"]);
    expect(tl01?.slice(4, 6)).toEqual(["城管局", "公共秩序"]);
    expect(tl01?.slice(8, 12)).toEqual(["2026-09-02 12:00", "2026-09-20", "已派发", "10"]);

    // Photos are in the drawing part: TL-01 and TL-12 (unit A) share one image part.
    const zip = await zipEntries(bytes);
    const drawing = await zip.file("xl/drawings/drawing1.xml")?.async("string");
    expect(drawing?.match(/<xdr:pic>/g)).toHaveLength(2);
    expect(Object.keys(zip.files).filter((n) => n.startsWith("xl/media/"))).toEqual([
      "xl/media/image1.png",
    ]);
    const images = sheet.getImages().map((i) => ({
      row: rows[Math.round(i.range.tl.nativeRow)]?.[0],
      col: Math.round(i.range.tl.nativeCol),
    }));
    expect(images.sort((a, b) => String(a.row).localeCompare(String(b.row)))).toEqual([
      { row: "TL-01", col: 12 },
      { row: "TL-12", col: 12 },
    ]);
  });

  it("整改清单 with before and after photos; 责任清单 with the owner column", async () => {
    const filters = { status: ["closed" as const], sort: "found_desc" as const };
    http.clock.now = minutesAfterNow(2);
    const res = await fetch(exportUrl({ ...filters, preset: "rectification" }), {
      headers: { cookie },
    });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const sheet = (await readWorkbook(bytes)).worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const rows = sheetRows(sheet);
    expect(rows.slice(1).map((r) => r[0])).toEqual(await listAll(filters));
    expect(rows.slice(1).map((r) => r[0])).toEqual(["TL-06", "TL-14", "TL-30", "TL-22"]);
    expect(rows[0]?.slice(-2)).toEqual(["整改前照片", "整改后照片"]);
    const zip = await zipEntries(bytes);
    expect(
      Object.keys(zip.files)
        .filter((n) => n.startsWith("xl/media/"))
        .sort(),
    ).toEqual(["xl/media/image1.png", "xl/media/image2.png"]);
    expect(
      sheet
        .getImages()
        .map((i) => Math.round(i.range.tl.nativeCol))
        .sort(),
    ).toEqual([12, 13]);

    http.clock.now = minutesAfterNow(3);
    const resp = await fetch(
      exportUrl({ unitId: fixture.unitB, sort: "found_desc", preset: "responsibility" }),
      {
        headers: { cookie },
      },
    );
    const respBytes = new Uint8Array(await resp.arrayBuffer());
    const resSheet = (await readWorkbook(respBytes)).worksheets[0];
    if (!resSheet) throw new Error("no sheet");
    const resRows = sheetRows(resSheet);
    expect(resRows[0]?.slice(0, 3)).toEqual(["责任单位", "责任人", "问题编号"]);
    expect(resRows.slice(1).map((r) => r[2])).toEqual(
      await listAll({ unitId: fixture.unitB, sort: "found_desc" }),
    );
    const zipB = await zipEntries(respBytes);
    expect(zipB.file("xl/drawings/drawing1.xml")).toBeNull();
  });

  it("is kept in the documents list and downloads again with the same rows", async () => {
    const caller = callerFor(db, coordinator, NOW);
    const { items } = await caller.documents.list();
    expect(items.map((d) => [d.kind, d.title, d.createdByName])).toEqual([
      ["task_list", "责任清单-20260930", coordinator.displayName],
      ["task_list", "整改清单-20260930", coordinator.displayName],
      ["task_list", "问题清单-20260930", coordinator.displayName],
    ]);
    expect(items.map((d) => d.rowCount)).toEqual([13, 4, 15]);
    const again = await fetch(`${http.base}${items[1]?.url}`, { headers: { cookie } });
    const sheet = (await readWorkbook(new Uint8Array(await again.arrayBuffer()))).worksheets[0];
    expect(
      sheet &&
        sheetRows(sheet)
          .slice(1)
          .map((r) => r[0]),
    ).toEqual(["TL-06", "TL-14", "TL-30", "TL-22"]);
  });

  it("refuses without a session and with bad filters, as JSON errors", async () => {
    const anonymous = await fetch(exportUrl({ preset: "findings" }));
    expect(anonymous.status).toBe(401);
    const bad = await fetch(exportUrl({ preset: "everything" }), { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { messageKey: string } }).error.messageKey).toBe(
      "error.invalid_input",
    );
  });

  // Decision 0035: the server runs under a heap cap, and an export needs ~66 MB of it at city
  // scale, so exports (and survey imports) take turns in each process.
  it("exports one at a time: the next waits its turn, and an abandoned download frees the slot", async () => {
    const svc = serviceContext(db.prisma, coordinator, { now: NOW });
    const input = { preset: "findings", sort: "found_desc" } as const;
    // A download whose reader has stopped: the first export holds the slot until it reads on.
    let readOn = () => {};
    const stalled = new Promise<void>((resolve) => {
      readOn = resolve;
    });
    const slow = new Writable({
      write(_chunk, _encoding, done) {
        void stalled.then(() => done());
      },
    });
    const first = exportTaskList(svc, input, slow);
    const received: Buffer[] = [];
    const next = exportTaskList(
      svc,
      input,
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          received.push(chunk);
          done();
        },
      }),
    );
    await vi.waitFor(() => expect(heavyWorkWaiting()).toBe(1));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toHaveLength(0);
    readOn();
    expect((await first).rows).toBe(32);
    expect((await next).rows).toBe(32);
    expect(Buffer.concat(received).subarray(0, 2).toString()).toBe("PK");

    // A download abandoned before its turn: the export fails and the one after it runs.
    const gone = new Writable({ write: (_c, _e, done) => done() });
    gone.destroy();
    await expect(exportTaskList(svc, input, gone)).rejects.toThrow();
    const after = exportTaskList(svc, input, new Writable({ write: (_c, _e, done) => done() }));
    expect((await after).rows).toBe(32);
    expect(heavyWorkWaiting()).toBe(0);
  });
});
