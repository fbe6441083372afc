// Backup and restore of the embedded database (npm run db:backup / db:restore). A backup is
// PGlite's own dump of the data directory: an uncompressed tar taken between statements, so
// it is consistent while the server runs. The server takes it when it holds the directory
// (the `backup` control command); otherwise the tool opens the directory itself, under the
// data-directory lock. PostgreSQL servers have pg_dump and pg_restore for this.
import { mkdir, open, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { type Database, openPglite } from "../client.ts";
import type { DatabaseConfig } from "../config.ts";
import { StartupError } from "../errors.ts";
import { type ControlCommand, callRunningServer } from "./control-channel.ts";
import { acquireDataDirLock } from "./data-dir-lock.ts";

export interface BackupReport {
  file: string;
  bytes: number;
  milliseconds: number;
  /** Who took it: the running server, or this process with the directory opened. */
  by: "server" | "tool";
}

const POSTGRES_HINT =
  "DATABASE_URL names a PostgreSQL server: back it up with pg_dump -Fc and restore with pg_restore (see docs/security.md).";

/** Writes a dump of `db` to `file`: a temporary file beside it, renamed when complete. */
export async function writeBackup(db: Database, file: string): Promise<Omit<BackupReport, "by">> {
  if (!db.dumpDataDir) throw new StartupError(POSTGRES_HINT);
  const target = resolve(file);
  const started = performance.now();
  const dump = await db.dumpDataDir();
  const partial = `${target}.partial`;
  try {
    // Owner-only: the dump holds every account's password hash and every record.
    await writeFile(partial, dump, { mode: 0o600 });
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw new StartupError(`Cannot write the backup ${target}: ${(error as Error).message}`);
  }
  return {
    file: target,
    bytes: dump.byteLength,
    milliseconds: Math.round(performance.now() - started),
  };
}

/** The server's `backup` control command: `{ file }` is a path the server's user can write. */
export function backupCommand(db: Database): ControlCommand {
  return async (args, progress) => {
    const file = typeof args.file === "string" ? args.file : "";
    if (!file) throw new Error("backup needs a file");
    progress(`dumping ${db.location}`);
    return writeBackup(db, file);
  };
}

/** Backs up the configured embedded database, through the running server when there is one. */
export async function backupDatabase(
  config: DatabaseConfig,
  file: string,
  onProgress: (message: string) => void = () => {},
): Promise<BackupReport> {
  if (config.kind !== "pglite") throw new StartupError(POSTGRES_HINT);
  const target = resolve(file);
  const call = await callRunningServer(
    dirname(config.dataDir),
    "backup",
    { file: target },
    onProgress,
  );
  if (call.handled) {
    if (!call.ok) throw new StartupError(call.error);
    return { ...(call.result as Omit<BackupReport, "by">), by: "server" };
  }
  const db = await openPglite(config.dataDir);
  try {
    return { ...(await writeBackup(db, target)), by: "tool" };
  } finally {
    await db.close();
  }
}

export interface RestoreReport {
  dataDir: string;
  /** With --force over a non-empty directory: where the old one was moved. */
  keptAside?: string;
  milliseconds: number;
}

/**
 * Restores a backup into the configured data directory. Refused while a process holds the
 * directory (a running server), and over a directory that holds anything unless `force`,
 * which moves the old directory aside (pglite.before-restore-<time>) instead of deleting it.
 */
export async function restoreDatabase(
  config: DatabaseConfig,
  file: string,
  options: { force?: boolean; now?: Date } = {},
): Promise<RestoreReport> {
  if (config.kind !== "pglite") throw new StartupError(POSTGRES_HINT);
  const source = resolve(file);
  await checkDump(source);
  const dataDir = config.dataDir;
  const started = performance.now();
  // Refuses when the server (or another tool) holds the directory; held until the database
  // opens on the restored files.
  const home = dirname(dataDir);
  await mkdir(home, { recursive: true }).catch((error: Error) => {
    throw new StartupError(`Cannot create the data directory ${home}: ${error.message}`);
  });
  const lock = await acquireDataDirLock(home).catch((error: Error) => {
    throw new StartupError(`Not restored: ${error.message}`);
  });
  let keptAside: string | undefined;
  try {
    if ((await entriesOf(dataDir)).length > 0) {
      if (!options.force) {
        throw new StartupError(
          `Not restored: the data directory ${dataDir} is not empty. Restore into an empty DATA_DIR, or pass --force to move the current one aside first.`,
        );
      }
      const stamp = (options.now ?? new Date()).toISOString().replaceAll(/[:.]/g, "-");
      keptAside = `${dataDir}.before-restore-${stamp}`;
      await rename(dataDir, keptAside);
    }
  } catch (error) {
    await lock.release();
    throw error;
  }
  const db = await openPglite(dataDir, { loadDataDir: source, lock }).catch(
    async (error: Error) => {
      // Nothing usable was written: put the old directory back.
      await lock.release();
      await rm(dataDir, { recursive: true, force: true });
      if (keptAside) await rename(keptAside, dataDir);
      throw new StartupError(`Not restored from ${source}: ${error.message}`);
    },
  );
  try {
    // The restored database answers: a first query before the files are declared good.
    await db.executeSql("select 1");
  } finally {
    await db.close();
  }
  return {
    dataDir,
    ...(keptAside ? { keptAside } : {}),
    milliseconds: Math.round(performance.now() - started),
  };
}

async function entriesOf(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new StartupError(`Cannot read the data directory ${dir}: ${(error as Error).message}`);
  }
}

/** A tar archive says "ustar" at offset 257 of its first block. */
async function checkDump(file: string): Promise<void> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    throw new StartupError(`Cannot read the backup ${file}: ${(error as Error).message}`);
  }
  const handle = await open(file, "r");
  try {
    const header = Buffer.alloc(512);
    await handle.read(header, 0, 512, 0);
    if (size < 512 || header.subarray(257, 262).toString("latin1") !== "ustar") {
      throw new StartupError(
        `${file} is not a backup of the embedded database (not a tar archive from npm run db:backup).`,
      );
    }
  } finally {
    await handle.close();
  }
}
