// The one place that chooses a driver adapter and creates the Prisma client.

import { mkdir } from "node:fs/promises";
import { dirname } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseConfig, DatabaseKind } from "./config.ts";
import { acquireDataDirLock, type DataDirLock } from "./embedded/data-dir-lock.ts";
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
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.kind === "pglite"
    ? openPglite(config.dataDir)
    : openPostgres(config.url, config.host, config.database);
}

/** Embedded PostgreSQL; `dataDir` undefined keeps it in memory (tests). */
export async function openPglite(dataDir: string | undefined): Promise<Database> {
  const home = dataDir ? dirname(dataDir) : undefined;
  let lock: DataDirLock | undefined;
  if (dataDir && home) {
    await mkdir(home, { recursive: true }).catch((e: Error) => {
      throw new StartupError(`Cannot create the data directory ${home}: ${e.message}`);
    });
    lock = await acquireDataDirLock(home);
    try {
      await prepareDataDir(dataDir);
    } catch (error) {
      await lock.release();
      throw error;
    }
  }
  let client: PGlite;
  try {
    client = new PGlite(dataDir ? { dataDir } : {});
    await client.waitReady;
  } catch (error) {
    await lock?.release();
    throw new StartupError(
      `The embedded database in ${dataDir} could not be opened (${(error as Error).message}); it was not modified.`,
    );
  }
  const adapterFactory = new AwaitingPGlite(client);
  const prisma = new PrismaClient({ adapter: adapterFactory });
  return {
    kind: "pglite",
    location: dataDir ?? "memory",
    ...(home ? { home } : {}),
    prisma,
    migrationAdapter: () => ({ factory: adapterFactory, release: async () => {} }),
    async close() {
      await prisma.$disconnect();
      await client.close();
      await lock?.release();
    },
  };
}

/**
 * pglite-prisma-adapter 0.7 fires `exec` for scripts without awaiting it, so a failing
 * migration would be recorded as applied. This waits for the script and rethrows its error
 * in the form the schema engine understands.
 */
class AwaitingPGlite extends PrismaPGlite {
  constructor(private readonly pglite: PGlite) {
    super(pglite);
  }
  override async connect() {
    const adapter = await super.connect();
    const pglite = this.pglite;
    adapter.executeScript = async (script: string) => {
      try {
        await pglite.exec(script);
      } catch (error) {
        (adapter as unknown as { onError(e: unknown): never }).onError(error);
      }
    };
    return adapter;
  }
}

export async function openPostgres(url: string, host: string, database: string): Promise<Database> {
  await checkReachable(url, host, database);
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 10 }) });
  return {
    kind: "postgres",
    location: `${host}/${database}`,
    prisma,
    migrationAdapter() {
      const pool = new pg.Pool({ connectionString: url, max: 2 });
      return { factory: new AtomicScriptPg(pool), release: () => pool.end() };
    },
    async close() {
      await prisma.$disconnect();
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
