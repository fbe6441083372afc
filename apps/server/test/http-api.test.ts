import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  TEST_PASSWORD,
  type TestDatabase,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttp, trpcHttp } from "./support/http-client.ts";

describe("the API over HTTP: sessions, error messages, bad input", () => {
  let db: TestDatabase;
  let f: TaskFixture;
  let http: Awaited<ReturnType<typeof startHttp>>;
  const clock = { now: new Date("2026-11-20T02:00:00Z") };
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    f = await createTaskFixture(db.prisma);
    http = await startHttp(db, clock);
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });

  async function signIn(username: string) {
    const res = await trpcHttp(http.base, "auth.login", {
      input: { username, password: TEST_PASSWORD },
    });
    expect(res.status).toBe(200);
    return (res.setCookie ?? "").split(";")[0] as string;
  }

  it("signs in with an httpOnly, SameSite=Strict session cookie and signs out", async () => {
    const res = await trpcHttp(http.base, "auth.login", {
      input: { username: f.users.coordinator.username, password: TEST_PASSWORD },
    });
    expect(res.setCookie).toMatch(/^cw_session=[\w-]{40,}; HttpOnly; SameSite=Strict; Path=\//);
    const cookie = (res.setCookie ?? "").split(";")[0] as string;
    const me = await trpcHttp(http.base, "auth.me", { method: "GET", cookie });
    expect(me.body.result?.data.json).toMatchObject({ role: "coordinator" });
    // Only the token's hash is stored.
    const token = cookie.split("=")[1] as string;
    expect(await db.prisma.session.count({ where: { id: token } })).toBe(0);
    const out = await trpcHttp(http.base, "auth.logout", { cookie });
    expect(out.setCookie).toMatch(/Max-Age=0/);
    expect((await trpcHttp(http.base, "auth.me", { method: "GET", cookie })).status).toBe(401);
  });

  it("refuses a wrong password and an unknown user with the same message", async () => {
    const wrong = await trpcHttp(http.base, "auth.login", {
      input: { username: f.users.inspector.username, password: "nope" },
    });
    const unknown = await trpcHttp(http.base, "auth.login", {
      input: { username: "ghost", password: "nope" },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error?.json.message).toBe("用户名或密码不正确。");
    expect(unknown.body.error?.json.message).toBe(wrong.body.error?.json.message);
  });

  it("expires an idle session", async () => {
    const cookie = await signIn(f.users.leader.username);
    expect((await trpcHttp(http.base, "auth.me", { method: "GET", cookie })).status).toBe(200);
    clock.now = new Date(clock.now.getTime() + 13 * 3_600_000); // default idle limit: 12 hours
    expect((await trpcHttp(http.base, "auth.me", { method: "GET", cookie })).status).toBe(401);
  });

  it("explains errors field by field, in Chinese by default and in English on request", async () => {
    const cookie = await signIn(f.users.inspector.username);
    const { findingId } = await f.task("submitted");
    const input = { action: "return", findingId, expectedVersion: 1 };
    const zh = await trpcHttp(http.base, "tasks.transition", { input, cookie });
    expect(zh.status).toBe(400);
    expect(zh.body.error?.json.data).toMatchObject({
      messageKey: "workflow.reason_required",
      fields: { reason: "请填写原因。" },
    });
    const en = await trpcHttp(http.base, "tasks.transition", {
      input,
      cookie,
      lang: "en-US,en;q=0.9",
    });
    expect(en.body.error?.json.data.fields).toEqual({ reason: "Give a reason." });
    const invalid = await trpcHttp(http.base, "tasks.transition", {
      input: { action: "dispatch", findingId: "x", expectedVersion: 0 },
      cookie,
    });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error?.json.data.fields ?? {}).sort()).toEqual([
      "expectedVersion",
      "findingId",
      "unitId",
    ]);
    const stale = await trpcHttp(http.base, "tasks.transition", {
      input: { ...input, reason: "x", expectedVersion: 7 },
      cookie,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.json.message).toBe("该任务已被他人修改，请刷新后重试。");
  });

  it("never answers bad input with a 500", async () => {
    const cookie = await signIn(f.users.coordinator.username);
    const cases = [
      await trpcHttp(http.base, "tasks.transition", { cookie, rawBody: "{not json" }),
      await trpcHttp(http.base, "tasks.transition", { cookie, rawBody: "null" }),
      await trpcHttp(http.base, "tasks.get", { cookie, method: "GET", input: { findingId: 12 } }),
      await trpcHttp(http.base, "no.such.procedure", { cookie }),
      await trpcHttp(http.base, "auth.me", { method: "GET", cookie: "cw_session=%E0%A4%A" }),
      await trpcHttp(http.base, "findings.create", {
        cookie,
        input: { siteId: f.siteId, source: "x", description: "" },
      }),
    ];
    for (const res of cases) expect(res.status).toBeGreaterThanOrEqual(400);
    for (const res of cases) expect(res.status).toBeLessThan(500);
  });

  it("answers a batch of many procedures, as the overview sends it, on one long path", async () => {
    const cookie = await signIn(f.users.coordinator.username);
    // 20 procedures name a parameter of over 100 characters: Fastify's default limit.
    const names = Array.from({ length: 20 }, () => "auth.me");
    const path = `/trpc/${names.join(",")}?batch=1`;
    expect(names.join(",").length).toBeGreaterThan(100);
    const res = await fetch(`${http.base}${path}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { data: { json: { role: string } } } }[];
    expect(body).toHaveLength(20);
    expect(body[19]?.result.data.json.role).toBe("coordinator");
  });
});
