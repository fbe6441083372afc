// Security headers on every kind of response, and the Origin check on state-changing requests.
// The HTTP edge does not depend on the engine, so this runs on PGlite only.
import { createHash } from "node:crypto";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync } from "node:zlib";
import {
  createTestDatabase,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { png } from "../../../packages/db/test/support/test-images.ts";
import { startHttp } from "./support/http-client.ts";

const CSP =
  "default-src 'self';script-src 'self';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;" +
  "font-src 'self' data:;connect-src 'self';worker-src 'self' blob:;manifest-src 'self';" +
  "object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'";
const KEY = "headers-test-key";

describe("the HTTP edge: headers on every response, and other origins refused", () => {
  let db: TestDatabase;
  let web: string;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let cookie = "";
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    web = await mkdtemp(join(tmpdir(), "cw-web-"));
    await mkdir(join(web, "assets"));
    await writeFile(join(web, "index.html"), "<!doctype html><title>t</title>");
    const script = "console.log('x');".repeat(200);
    await writeFile(join(web, "assets", "app-1a2b.js"), script);
    await writeFile(join(web, "assets", "app-1a2b.js.br"), brotliCompressSync(script));
    http = await startHttp(db, { now: new Date() }, { webRoot: web });
    const user = await createTestUser(db.prisma, "inspector");
    await db.prisma.apiClient.create({
      data: { name: "测试系统", keyHash: createHash("sha256").update(KEY).digest("hex") },
    });
    const res = await login(user.username);
    cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
    await rm(web, { recursive: true, force: true });
  });

  const login = (username: string, headers: Record<string, string> = {}) =>
    fetch(`${http.base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ json: { username, password: TEST_PASSWORD } }),
    });

  function expectSecurityHeaders(res: Response, what: string) {
    const h = (name: string) => res.headers.get(name);
    expect(h("content-security-policy"), what).toBe(CSP);
    expect(h("x-frame-options"), what).toBe("DENY");
    expect(h("x-content-type-options"), what).toBe("nosniff");
    expect(h("referrer-policy"), what).toBe("same-origin");
    expect(h("cross-origin-resource-policy"), what).toBe("same-origin");
    expect(h("x-request-id"), what).toMatch(/^[0-9a-f-]{36}$/);
  }

  it("sends them on pages, assets, API answers, errors and 404s", async () => {
    const get = (path: string, headers: Record<string, string> = {}) =>
      fetch(`${http.base}${path}`, { headers });
    const cases: [string, Response, number][] = [
      ["the app's page", await get("/"), 200],
      ["a client-side route", await get("/tasks/42"), 200],
      [
        "a hashed asset, Brotli",
        await get("/assets/app-1a2b.js", { "accept-encoding": "br" }),
        200,
      ],
      ["a tRPC answer", await get("/trpc/auth.me", { cookie }), 200],
      ["a tRPC error", await get("/trpc/auth.me"), 401],
      ["a photo upload refused", await fetch(`${http.base}/api/photos`, { method: "POST" }), 401],
      ["a photo", await get(`/api/photos/${await uploadPhoto()}`, { cookie }), 200],
      ["Open311", await get(`/open311/v2/services.json?api_key=${KEY}`), 200],
      ["Open311 error", await get("/open311/v2/services.json"), 401],
      ["/healthz", await get("/healthz"), 200],
      ["an unknown API path", await get("/api/nothing"), 404],
      ["a malformed path", await get("/api/photos/%zz", { cookie }), 404],
      ["another origin's mutation", await login("x", { origin: "https://evil.example" }), 403],
    ];
    for (const [what, res, status] of cases) {
      expect(res.status, what).toBe(status);
      expectSecurityHeaders(res, what);
    }
    const asset = cases[2]?.[1] as Response;
    expect(asset.headers.get("content-encoding")).toBe("br");
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(cases[0]?.[1].headers.get("cache-control")).toBe("no-cache");
  });

  async function uploadPhoto(): Promise<string> {
    const res = await fetch(`${http.base}/api/photos`, {
      method: "POST",
      headers: { cookie, origin: http.base },
      body: png(),
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }

  it("refuses mutations and uploads from another origin with 403, and stores nothing", async () => {
    const user = await createTestUser(db.prisma, "coordinator");
    const sessions = () => db.prisma.session.count({ where: { userId: user.id } });
    const evil = { origin: "https://evil.example" };
    const refused = await login(user.username, evil);
    expect(refused.status).toBe(403);
    expect(refused.headers.get("set-cookie")).toBeNull();
    expect(((await refused.json()) as { error: { messageKey: string } }).error.messageKey).toBe(
      "error.cross_origin",
    );
    // A page of a sibling site sends no Origin on some requests, but always Sec-Fetch-Site.
    expect((await login(user.username, { "sec-fetch-site": "same-site" })).status).toBe(403);
    const photos = await db.prisma.photo.count();
    const upload = await fetch(`${http.base}/api/photos`, {
      method: "POST",
      headers: { cookie, ...evil },
      body: png(),
    });
    expect(upload.status).toBe(403);
    expect(await db.prisma.photo.count()).toBe(photos);
    expect(await sessions()).toBe(0);
    // The same origin, and programs that send no Origin (curl, scripts), are let through.
    expect((await login(user.username, { origin: http.base })).status).toBe(200);
    expect((await login(user.username, { "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await login(user.username)).status).toBe(200);
    expect(await sessions()).toBe(3);
    // Reads are not affected: a cross-origin GET gets its normal answer.
    const read = await fetch(`${http.base}/trpc/auth.me`, { headers: { cookie, ...evil } });
    expect(read.status).toBe(200);
  });
});
