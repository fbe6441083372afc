import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPglite } from "@cw/db";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startServerProcess } from "./support/server-process.ts";

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "cw-startup-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/** The error line the process printed: exactly one, starting with "error:". */
function errorLine(output: string): string {
  const lines = output.split("\n").filter((l) => l.startsWith("error:"));
  expect(lines).toHaveLength(1);
  return lines[0] as string;
}

describe("the server refuses to start, with one clear line and a non-zero exit, when", () => {
  it("DATABASE_URL is malformed", async () => {
    const dataDir = await tempDir();
    const server = startServerProcess({ DATABASE_URL: "not a url", DATA_DIR: dataDir });
    expect(await server.exited()).toBe(1);
    expect(errorLine(server.output())).toMatch(/DATABASE_URL is not a valid URL/);
    expect(await readdir(dataDir)).toEqual([]); // nothing written anywhere
  });

  // Read and checked once at start (src/config.ts), before anything is opened.
  it.each([
    ["PORT", "abc", /^error: PORT must be a whole number from 0 to 65535 \(got "abc"\)\.$/],
    ["TRUST_PROXY", "sometimes", /^error: TRUST_PROXY must be "off", "on", a hop count/],
    ["DEMO_DATA", "yes", /^error: DEMO_DATA must be "on" or "off" \(got "yes"\)\.$/],
    ["LOG_LEVEL", "loud", /^error: LOG_LEVEL must be one of fatal, error, warn/],
    ["MAP_TILE_ORIGIN", "tiles", /^error: MAP_TILE_ORIGIN must be an http\(s\) origin/],
    ["COOKIE_SECURE", "true", /^error: COOKIE_SECURE is no longer read: .* set TRUST_PROXY/],
  ])(
    "%s is %s",
    async (name, value, line) => {
      const dataDir = await tempDir();
      const server = startServerProcess({ [name]: value, DATA_DIR: dataDir });
      expect(await server.exited(60_000)).toBe(1);
      expect(errorLine(server.output())).toMatch(line);
      expect(await readdir(dataDir)).toEqual([]);
    },
    90_000,
  );

  it("the server named in DATABASE_URL cannot be reached", async () => {
    const port = await freePort();
    const server = startServerProcess({
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${port}/campaign`,
    });
    expect(await server.exited()).toBe(1);
    const line = errorLine(server.output());
    expect(line).toContain("DATABASE_URL");
    expect(line).toContain(`127.0.0.1:${port}`);
  });

  it("the port is already in use", async () => {
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((r) => blocker.listen(port, r));
    try {
      const server = startServerProcess({
        PORT: String(port),
        DATA_DIR: await tempDir(),
        DEMO_DATA: "off",
      });
      expect(await server.exited(60_000)).toBe(1);
      expect(errorLine(server.output())).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  }, 90_000); // migrates a fresh database before it tries to listen

  it("the data directory holds something that is not a database, which is left untouched", async () => {
    const dataDir = await tempDir();
    await mkdir(join(dataDir, "pglite"));
    await writeFile(join(dataDir, "pglite", "notes.txt"), "my notes");
    const server = startServerProcess({ DATA_DIR: dataDir });
    expect(await server.exited()).toBe(1);
    expect(errorLine(server.output())).toMatch(/not empty and holds no database.*not modified/);
    expect(await readdir(join(dataDir, "pglite"))).toEqual(["notes.txt"]);
    expect(await readFile(join(dataDir, "pglite", "notes.txt"), "utf8")).toBe("my notes");
  });

  it("the database in the data directory is damaged, which is left untouched", async () => {
    const dataDir = await tempDir();
    await mkdir(join(dataDir, "pglite"));
    await writeFile(join(dataDir, "pglite", "PG_VERSION"), "garbage\n");
    const server = startServerProcess({ DATA_DIR: dataDir });
    expect(await server.exited()).toBe(1);
    expect(errorLine(server.output())).toMatch(/unreadable or damaged.*not modified/);
    expect(await readdir(join(dataDir, "pglite"))).toEqual(["PG_VERSION"]);
  });

  it("a real database's control file is corrupt, and the file is not rewritten", async () => {
    const dataDir = await tempDir();
    const db = await openPglite(join(dataDir, "pglite"));
    await db.close();
    const control = join(dataDir, "pglite", "global", "pg_control");
    const garbage = Buffer.alloc(8192, 0x5a);
    await writeFile(control, garbage);
    const server = startServerProcess({ DATA_DIR: dataDir });
    expect(await server.exited(60_000)).toBe(1);
    expect(errorLine(server.output())).toMatch(/could not be opened.*not modified/);
    expect((await readFile(control)).equals(garbage)).toBe(true);
  }, 90_000); // a database created, then a server started: slow on a busy machine
});
