// The one place that chooses a driver adapter and creates the Prisma client.

import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import type { DatabaseConfig, DatabaseKind } from "./config.ts";
import { acquireDataDirLock, type DataDirLock } from "./embedded/data-dir-lock.ts";
import {
  type PgliteThread,
  PgliteThreadAdapterFactory,
  startPgliteThread,
} from "./embedded/pglite-thread.ts";
import { StartupError } from "./errors.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { prepareDataDir } from "./pglite-data-dir.ts";

export interface Database {
  kind: DatabaseKind;
  /** Where the data lives, for messages: a directory or host/database. */
  location: string;
  /**
   * The embedded database's home (DATA_DIR): its lock file and the control socket through
   * which command-line tools reach the server holding it. Undefined for PostgreSQL and memory.
   */
  home?: string;
  prisma: PrismaClient;
  /**
   * A connection for Prisma's schema engine (migrations). Call `release` when the engine is
   * done with it.
   */
  migrationAdapter(): { factory: SqlMigrationAwareDriverAdapterFactory; release(): Promise<void> };
  /**
   * Plain SQL for libraries that bring their own (the job queue, set-based loads): with
   * values, one parameterised statement; without, a script, answering with the rows of its
   * last statement.
   */
  executeSql(text: string, values?: unknown[]): Promise<SqlRows>;
  /** The embedded engine only: a consistent tar archive of the whole database. */
  dumpDataDir?(): Promise<Uint8Array>;
  close(): Promise<void>;
}

export interface SqlRows {
  rows: Record<string, unknown>[];
  affectedRows: number;
}

/**
 * Interactive transactions may wait for a connection while other work runs (a busy pool on
 * a server; the one session of the embedded engine): they wait up to 10 s rather than
 * Prisma's 2 s, so a burst of reads delays a write instead of failing it.
 */
const TRANSACTIONS = { maxWait: 10_000, timeout: 15_000 };

/**
 * Connections per app server to a PostgreSQL server (DATABASE_POOL_SIZE). Measured on the
 * 2-core machine in docs/performance.md: past a few per core, more connections only queue
 * inside PostgreSQL instead of in the pool.
 */
export const DEFAULT_POOL_SIZE = 10;

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === "pglite"
    ? openPglite(config.dataDir)
    : openPostgres(config.url, config.host, config.database, config.poolSize);
}

/** Embedded PostgreSQL; `dataDir` undefined keeps it in memory (tests). */
export async function openPglite(
  dataDir: string | undefined,
  options: { loadDataDir?: string; lock?: DataDirLock } = {},
): Promise<Database> {
  const home = dataDir ? dirname(dataDir) : undefined;
  // A lock the caller already holds (restore keeps it from its checks to the open).
  let lock: DataDirLock | undefined = options.lock;
  if (dataDir && home) {
    await mkdir(home, { recursive: true }).catch((e: Error) => {
      throw new StartupError(`Cannot create the data directory ${home}: ${e.message}`);
    });
    lock ??= await acquireDataDirLock(home);
    try {
      await prepareDataDir(dataDir);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }
  let thread: PgliteThread;
  try {
    // In its own thread, so a long query never stalls the server (decision 0011).
    thread = await startPgliteThread(dataDir, options.loadDataDir);
  } catch (error) {
    await lock?.release();
    throw new StartupError(
      `The embedded database in ${dataDir} could not be opened (${(error as Error).message}); it was not modified.`,
    );
  }
  const adapterFactory = new PgliteThreadAdapterFactory(thread);
  const prisma = new PrismaClient({ adapter: adapterFactory, transactionOptions: TRANSACTIONS });
  return {
    kind: "pglite",
    location: dataDir ?? "memory",
    ...(home ? { home } : {}),
    prisma,
    migrationAdapter: () => ({ factory: adapterFactory, release: async () => {} }),
    executeSql: (text, values) => thread.call<SqlRows>("executeSql", 0, text, values),
    dumpDataDir: () => thread.call<Uint8Array>("dumpDataDir", 0),
    async close() {
      await prisma.$disconnect();
      await thread.close();
      await lock?.release();
    },
  };
}

export async function openPostgres(
  url: string,
  host: string,
  database: string,
  poolSize: number = DEFAULT_POOL_SIZE,
): Promise<Database> {
  await checkReachable(url, host, database);
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection the server ends (a restart, a terminated backend, a dropped test
  // database) makes the pool emit "error"; with no listener that is an uncaught exception that
  // ends the process. Prisma's own listener goes at $disconnect while the pool's clients are
  // still closing, so the pool keeps one for its whole life: the next query reconnects or fails
  // with its own error.
  pool.on("error", () => {});
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool),
    transactionOptions: TRANSACTIONS,
  });
  return {
    kind: "postgres",
    location: `${host}/${database}`,
    prisma,
    migrationAdapter() {
      const migrationPool = new pg.Pool({ connectionString: url, max: 2 });
      migrationPool.on("error", () => {});
      return { factory: new AtomicScriptPg(migrationPool), release: () => migrationPool.end() };
    },
    async executeSql(text, values) {
      const result = await pool.query(text, values);
      // A script answers with one result per statement; the last one is the answer.
      const last = Array.isArray(result) ? result.at(-1) : result;
      return { rows: last?.rows ?? [], affectedRows: last?.rowCount ?? 0 };
    },
    async close() {
      await prisma.$disconnect();
      await pool.end().catch(() => {});
    },
  };
}

/**
 * @prisma/adapter-pg 7.10 runs a script by splitting it on ";" and sending each piece on its
 * own, so a migration that fails half-way leaves the first half applied (and a ";" inside a
 * string breaks it). Sent whole, PostgreSQL runs a multi-statement script as one implicit
 * transaction: all of it or none.
 */
class AtomicScriptPg extends PrismaPg {
  constructor(private readonly pool: pg.Pool) {
    super(pool);
  }
  override async connect() {
    const adapter = await super.connect();
    const pool = this.pool;
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        (adapter as unknown as { onError(e: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}

async function checkReachable(url: string, host: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    throw new StartupError(
      `Cannot reach the PostgreSQL server in DATABASE_URL (host ${host}, database ${database}): ${e.code ?? ""} ${e.message}`.trim(),
    );
  } finally {
    await client.end().catch(() => {});
  }
}
