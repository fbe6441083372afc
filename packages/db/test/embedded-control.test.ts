import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  acquireDataDirLock,
  callRunningServer,
  dataDirLockOwner,
  openControlChannel,
  openPglite,
  StartupError,
} from "../src/index.ts";

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});
async function home(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "cw-home-"));
  scratch.push(dir);
  return dir;
}

describe("the embedded database's data directory is held by one process", () => {
  it("a second open of the same directory is refused while the first holds it", async () => {
    const dir = await home();
    const first = await openPglite(join(dir, "pglite"));
    try {
      expect(first.home).toBe(dir);
      expect((await dataDirLockOwner(dir))?.pid).toBe(process.pid);
      // Same process, a second lock: the lock file names this pid, which is running.
      const error = await acquireDataDirLock(dir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect((error as Error).message).toContain(`pid ${process.pid}`);
    } finally {
      await first.close();
    }
    expect(await dataDirLockOwner(dir)).toBeNull();
    const again = await openPglite(join(dir, "pglite"));
    await again.close();
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const dir = await home();
    const dead = spawn(process.execPath, ["-e", ""]);
    const pid = dead.pid as number;
    await new Promise((r) => dead.once("exit", r));
    await writeFile(join(dir, "server.lock"), JSON.stringify({ pid, command: "x", since: "y" }));
    expect(await dataDirLockOwner(dir)).toBeNull();
    const lock = await acquireDataDirLock(dir);
    expect((await dataDirLockOwner(dir))?.pid).toBe(process.pid);
    await lock.release();
  });
});

describe("the control channel", () => {
  it("runs a named command in the server's process, with progress, and reports errors", async () => {
    const dir = await home();
    const channel = await openControlChannel(dir, {
      count: async (args, progress) => {
        progress("one");
        progress("two");
        return { counted: Number(args.upTo) };
      },
      fail: async () => {
        throw new Error("the job failed");
      },
    });
    try {
      const seen: string[] = [];
      expect(await callRunningServer(dir, "count", { upTo: 2 }, (m) => seen.push(m))).toEqual({
        handled: true,
        ok: true,
        result: { counted: 2 },
      });
      expect(seen).toEqual(["one", "two"]);
      expect(await callRunningServer(dir, "fail")).toEqual({
        handled: true,
        ok: false,
        error: "the job failed",
      });
      const unknown = await callRunningServer(dir, "nope");
      expect(unknown).toMatchObject({ handled: true, ok: false });
      expect((unknown as { error: string }).error).toContain('unknown command "nope"');
    } finally {
      await channel.close();
    }
    expect(await callRunningServer(dir, "count")).toEqual({ handled: false });
  });

  it("says nobody is listening when no server runs", async () => {
    expect(await callRunningServer(await home(), "ping")).toEqual({ handled: false });
  });
});
