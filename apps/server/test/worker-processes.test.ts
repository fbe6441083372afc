// WEB_CONCURRENCY=2 (decision 0031): the real server as a primary and two workers sharing one
// port and one PostgreSQL database.
import { readFile } from "node:fs/promises";
import { createTestDatabase, DEMO_PASSWORD, type TestDatabase } from "@cw/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { descendants } from "../bench/process-tree.ts";
import { freePort, type ServerProcess, startServerProcess } from "./support/server-process.ts";

const alive = async (pid: number) =>
  readFile(`/proc/${pid}/status`, "utf8").then(
    (s) => !/State:\s+Z/.test(s),
    () => false,
  );

describe.skipIf(!process.env.TEST_DATABASE_URL)("the server as several processes", () => {
  let db: TestDatabase | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  it("prepares the database once, serves one session whichever worker answers, replaces a dead worker and stops them all", async () => {
    db = await createTestDatabase("postgres");
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = startServerProcess({
      DATABASE_URL: db.url as string,
      DEMO_DATA: "on",
      JOBS: "off",
      WEB_CONCURRENCY: "2",
      PORT: String(port),
      HOST: "127.0.0.1",
    });
    await server.ready(120_000);
    expect(server.output()).toContain(`Serving on http://localhost:${port} (database: postgres,`);
    expect(server.output()).toContain(", 2 processes)");
    // The primary migrated and loaded the demo city; the workers did neither again.
    expect(server.output().match(/Loaded the demo city/g)).toHaveLength(1);
    const tree = await descendants(server.child.pid as number);
    // tsx's node process (the primary) and its two workers.
    expect(tree).toHaveLength(3);

    const login = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { username: "inspector", password: DEMO_PASSWORD } }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    // Connections are dealt to the workers in turn: the session is the database's, so every
    // request is signed in whichever worker answers it.
    const me = async () => {
      const res = await fetch(`${base}/trpc/auth.me`, { headers: { cookie, connection: "close" } });
      const body = (await res.json()) as { result?: { data: { json: { username: string } } } };
      return `${res.status} ${body.result?.data.json.username}`;
    };
    const answers = await Promise.all(Array.from({ length: 12 }, me));
    expect(new Set(answers)).toEqual(new Set(["200 inspector"]));

    // A worker killed outright: the other keeps answering, and the primary starts another.
    const [, firstWorker] = tree;
    // (A connection dealt to it in the instant before the primary hears of its death is lost
    // with it, as its requests in flight are; from then on the other worker takes them all.)
    process.kill(firstWorker as number, "SIGKILL");
    const deadline = Date.now() + 60_000;
    while (!/exited \(SIGKILL\)/.test(server.output()) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    for (let i = 0; i < 6; i++) expect(await me()).toBe("200 inspector");
    let replaced: number[] = [];
    while (Date.now() < deadline) {
      replaced = await descendants(server.child.pid as number);
      if (replaced.length === 3 && !replaced.includes(firstWorker as number)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(replaced).toHaveLength(3);
    expect(replaced).not.toContain(firstWorker);
    expect(server.output()).toMatch(/server process \d exited \(SIGKILL\); starting another/);
    expect(await me()).toBe("200 inspector");

    // SIGTERM: every process finishes and exits, the whole server with 0.
    server.child.kill("SIGTERM");
    expect(await server.exited(30_000)).toBe(0);
    for (const pid of replaced) expect(await alive(pid)).toBe(false);
    await expect(fetch(`${base}/healthz`)).rejects.toThrow();
  }, 240_000);
});
