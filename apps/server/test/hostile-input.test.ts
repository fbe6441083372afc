// Input the database cannot store or the screens cannot show is refused at the edge with a
// field message, so it never becomes a 500 (issue 9's "stored poison": a year-10000 finding
// made every task list answer 500).
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import type { CreateFindingInput } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";
import { startHttp, trpcHttp } from "./support/http-client.ts";

describe.each(testEngines())("hostile input at the edge on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let http: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    http = await startHttp(db, { now: new Date("2026-11-20T02:00:00Z") });
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });

  // Hostile values on purpose: what a client sends, not what the types allow.
  const finding = (extra: Record<string, unknown>) =>
    ({
      siteId: f.siteId,
      source: "routine_inspection",
      category: "public_order",
      description: "出站口车辆乱停",
      photoIds: [f.photoId],
      ...extra,
    }) as unknown as CreateFindingInput;

  async function signIn(username: string) {
    const res = await trpcHttp(http.base, "auth.login", {
      input: { username, password: TEST_PASSWORD },
    });
    return (res.setCookie ?? "").split(";")[0] as string;
  }

  it("refuses a finding found in the year 10000 with a field message; lists keep working", async () => {
    const cookie = await signIn(f.users.inspector.username);
    const before = await db.prisma.finding.count();
    for (const [lang, message] of [
      ["zh-CN", "日期须在 1900-01-01 至 2100-12-31 之间。"],
      ["en", "The date must be between 1900-01-01 and 2100-12-31."],
    ] as const) {
      const res = await trpcHttp(http.base, "findings.create", {
        cookie,
        lang,
        input: finding({ foundAt: "+010000-01-01T00:00:00.000Z" }),
      });
      expect(res.status).toBe(400);
      expect(res.body.error?.json.data.fields).toEqual({ foundAt: message });
    }
    expect(await db.prisma.finding.count()).toBe(before);
    const inspector = callerFor(db, f.users.inspector);
    expect(await codeOf(inspector.tasks.list({}))).toBe("OK");
    const { findingId } = await f.task("in_progress");
    expect(await codeOf(inspector.tasks.get({ findingId }))).toBe("OK");
  });

  it("refuses dates before 1900 and after 2100 and accepts the edges", async () => {
    const inspector = callerFor(db, f.users.inspector);
    for (const foundAt of ["1899-12-31T15:59:59.999Z", "2101-01-01T00:00:00+08:00", "garbage"])
      expect(await codeOf(inspector.findings.create(finding({ foundAt })))).toBe("BAD_REQUEST");
    // 1900-01-01 00:00 Beijing is the first instant, 2100-12-31 23:59:59.999 the last.
    const first = await inspector.findings.create(
      finding({ foundAt: new Date("1899-12-31T16:00:00.000Z") }),
    );
    const stored = await db.prisma.finding.findUniqueOrThrow({
      where: { id: first.findingId },
      select: { foundAt: true },
    });
    expect(stored.foundAt).toEqual(new Date("1899-12-31T16:00:00.000Z"));
    const admin = callerFor(db, f.users.admin);
    expect(
      await codeOf(admin.calendar.set({ date: "0000-01-01", kind: "holiday", note: "" })),
    ).toBe("BAD_REQUEST");
    expect(await codeOf(inspector.tasks.list({ foundFrom: "2101-01-01" }))).toBe("BAD_REQUEST");
  });

  it("answers a NUL in the username at sign-in with a clear 400, in both languages", async () => {
    for (const [lang, message] of [
      ["zh-CN", "含有无法保存的字符（空字符或不成对的代理字符），请删除后重试。"],
      [
        "en",
        "Contains characters that cannot be stored (NUL or an unpaired surrogate); remove them.",
      ],
    ] as const) {
      const res = await trpcHttp(http.base, "auth.login", {
        lang,
        input: { username: "admin\u0000", password: "x" },
      });
      expect(res.status).toBe(400);
      expect(res.body.error?.json.data.fields).toEqual({ username: message });
    }
  });

  it("refuses lone surrogates and NUL in every kind of stored text", async () => {
    const inspector = callerFor(db, f.users.inspector);
    for (const description of ["坏\uD800了", "坏\uDC00了", "坏\u0000了"])
      expect(await codeOf(inspector.findings.create(finding({ description })))).toBe("BAD_REQUEST");
    // A well-formed pair (an emoji) is text like any other.
    const ok = await inspector.findings.create(finding({ description: "垃圾桶满溢 \u{1F5D1}" }));
    const stored = await db.prisma.finding.findUniqueOrThrow({
      where: { id: ok.findingId },
      select: { description: true },
    });
    expect(stored.description).toBe("垃圾桶满溢 \u{1F5D1}");
    const admin = callerFor(db, f.users.admin);
    expect(await codeOf(admin.users.list({ text: "a\u0000" }))).toBe("BAD_REQUEST");
  });
});
