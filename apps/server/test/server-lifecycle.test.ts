// The real server process: demo data only where it belongs, and a graceful stop on SIGTERM.
import { mkdtemp, rm } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTestDatabase, DEMO_PASSWORD, DEMO_USERS } from "@cw/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { png } from "../../../packages/db/test/support/test-images.ts";
import { callerFor } from "./support/caller.ts";
import { freePort, type ServerProcess, startServerProcess } from "./support/server-process.ts";

const NOW = new Date("2026-11-20T02:00:00Z");

const running: ServerProcess[] = [];
const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop()));
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function start(env: Record<string, string>) {
  const port = await freePort();
  const server = startServerProcess({ PORT: String(port), HOST: "127.0.0.1", ...env });
  running.push(server);
  await server.ready(120_000);
  return { server, base: `http://127.0.0.1:${port}` };
}

describe.skipIf(!process.env.TEST_DATABASE_URL)("demo data on a PostgreSQL server", () => {
  it("is loaded into an empty database only when DEMO_DATA=on", async () => {
    const db = await createTestDatabase("postgres");
    try {
      const plain = await start({ DATABASE_URL: db.url as string });
      await plain.server.stop();
      expect(plain.server.output()).not.toContain("Loaded the demo city");
      expect(await db.prisma.user.count()).toBe(0);
      expect(await db.prisma.apiClient.count()).toBe(0);

      const demo = await start({ DATABASE_URL: db.url as string, DEMO_DATA: "on" });
      await demo.server.stop();
      expect(demo.server.output()).toContain("Loaded the demo city");
      expect(await db.prisma.user.count({ where: { username: "admin" } })).toBe(1);
      // Known demo passwords on a server database: every demo account must change its own.
      expect(await db.prisma.user.count({ where: { mustChangePassword: false } })).toBe(0);
      // …and every demo account, and only those, is marked as demo (issue 9).
      const marked = await db.prisma.user.findMany({
        where: { isDemo: true },
        select: { username: true },
        orderBy: { username: "asc" },
      });
      expect(marked.map((u) => u.username)).toEqual(DEMO_USERS.map((u) => u.username).sort());
      expect(await db.prisma.user.count({ where: { isDemo: false } })).toBe(0);

      // The demo admin changes the known password, then creates a real account: not marked,
      // and the admin users list says which is which.
      const first = await callerFor(db, null, NOW).auth.login({
        username: "admin",
        password: DEMO_PASSWORD,
      });
      await callerFor(db, first, NOW).auth.changePassword({
        currentPassword: DEMO_PASSWORD,
        newPassword: "Quiet-River-Stone-88",
      });
      const admin = callerFor(
        db,
        await callerFor(db, null, NOW).auth.login({
          username: "admin",
          password: "Quiet-River-Stone-88",
        }),
        NOW,
      );
      await admin.users.create({
        username: "wang.wu",
        displayName: "王五",
        role: "inspector",
        password: "Lotus-Bridge-2026!",
      });
      const listed = await admin.users.list({ text: "w", limit: 50 });
      expect(listed.items.map((u) => [u.username, u.isDemo])).toEqual([["wang.wu", false]]);
      const demoAdmin = await admin.users.list({ text: "admin", limit: 50 });
      expect(demoAdmin.items.map((u) => [u.username, u.isDemo])).toEqual([["admin", true]]);
    } finally {
      await db.destroy();
    }
  }, 240_000);
});

describe("the embedded database", () => {
  it("gets the demo city by default, and SIGTERM finishes the request in flight", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "cw-lifecycle-"));
    dirs.push(dataDir);
    const { server, base } = await start({ DATA_DIR: dataDir });
    expect(server.output()).toContain("Loaded the demo city");
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { username: "inspector", password: DEMO_PASSWORD } }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

    // An upload is under way — half its bytes sent — when the server is told to stop.
    const bytes = png();
    const half = Math.floor(bytes.length / 2);
    const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(`${base}/api/photos`, { method: "POST", headers: { cookie } }, (res) => {
        let body = "";
        res.on("data", (d: Buffer) => {
          body += d.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on("error", reject);
      req.write(bytes.subarray(0, half));
      setTimeout(() => {
        server.child.kill("SIGTERM");
        setTimeout(() => req.end(bytes.subarray(half)), 1_000);
      }, 500);
    });
    const exit = new Promise<number | null>((r) => server.child.on("exit", (code) => r(code)));
    const res = await answer;
    expect(res.status).toBe(201);
    expect(JSON.parse(res.body)).toMatchObject({ id: expect.any(String) });
    expect(await exit).toBe(0);
    expect(server.output()).toContain("Stopped.");
    // Nobody is listening any more.
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 240_000);
});
