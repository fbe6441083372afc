import { open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { StartupError } from "../errors.ts";

/** The lock file beside the embedded database: one process at a time may open it. */
export const LOCK_FILE = "server.lock";

export interface DataDirLock {
  release(): Promise<void>;
}

interface LockOwner {
  pid: number;
  command: string;
  since: string;
}

/**
 * Takes the embedded database's home directory for this process. PGlite has no lock of its
 * own, and two processes writing one data directory corrupt it, so the server and every
 * command-line tool take this lock before opening it. A lock left by a process that no
 * longer runs (killed, crashed) is taken over.
 */
export async function acquireDataDirLock(home: string): Promise<DataDirLock> {
  const path = join(home, LOCK_FILE);
  const owner: LockOwner = {
    pid: process.pid,
    command: process.argv.slice(1, 3).join(" "),
    since: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const file = await open(path, "wx", 0o600);
      await file.writeFile(JSON.stringify(owner));
      await file.close();
      return { release: () => releaseIfOurs(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new StartupError(
          `Cannot lock the data directory ${home}: ${(error as Error).message}`,
        );
      }
    }
    const current = await readOwner(path);
    if (current && isRunning(current.pid)) {
      throw new StartupError(
        `The embedded database in ${home} is in use by another process (pid ${current.pid}, ${current.command}, since ${current.since}). Stop it first, or let the running server do the work.`,
      );
    }
    // The owner is gone (or the file is unreadable): the lock is stale.
    await rm(path, { force: true });
  }
  throw new StartupError(
    `Cannot lock the data directory ${home}: another process keeps taking it.`,
  );
}

/** Who holds the lock, if a running process does. */
export async function dataDirLockOwner(home: string): Promise<LockOwner | null> {
  const owner = await readOwner(join(home, LOCK_FILE));
  return owner && isRunning(owner.pid) ? owner : null;
}

async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(path, "utf8")) as Partial<LockOwner>;
    return typeof parsed.pid === "number"
      ? { pid: parsed.pid, command: parsed.command ?? "?", since: parsed.since ?? "?" }
      : null;
  } catch {
    return null;
  }
}

async function releaseIfOurs(path: string): Promise<void> {
  const owner = await readOwner(path);
  if (owner?.pid === process.pid) await rm(path, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
