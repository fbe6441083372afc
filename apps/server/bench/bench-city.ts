// The benchmark's city on either engine: created, migrated and loaded set-based before the
// server starts, plus a second connection for the lean SQL the app is compared with.
import { randomUUID } from "node:crypto";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyMigrations, type Database, openPglite, openPostgres } from "@cw/db";
import { type CityScale, createTestUser, loadCityScale, TEST_PASSWORD } from "@cw/db/testing";
import { shanghaiDate } from "@cw/domain";
import pg from "pg";
import type { RunSql } from "./lean-sql.ts";

export interface BenchCity {
  /** What the server process needs in its environment to open this database. */
  serverEnv: Record<string, string>;
  /** The lean SQL's own connection: the same data, outside the server. */
  sql: RunSql;
  load: CityScale;
  users: { leader: string; coordinator: string; password: string };
  /** For the summaries benchmark: a Database on the same data, outside the server. */
  db: Database;
  dispose(): Promise<void>;
}

export interface CityOptions {
  engine: "pglite" | "postgres";
  /** A PostgreSQL server URL whose user may create databases (engine "postgres"). */
  adminUrl?: string;
  sites: number;
  findings: number;
  /** Connections the server and the lean SQL each get (PostgreSQL). */
  poolSize: number;
}

export async function prepareCity(options: CityOptions): Promise<BenchCity> {
  return options.engine === "pglite" ? pgliteCity(options) : postgresCity(options);
}

async function fill(db: Database, options: CityOptions) {
  await applyMigrations(db);
  const load = await loadCityScale(db, {
    sites: options.sites,
    findings: options.findings,
    today: shanghaiDate(new Date()),
  });
  const leader = await createTestUser(db.prisma, "leader", null, "bench_leader");
  const coordinator = await createTestUser(db.prisma, "coordinator", null, "bench_coordinator");
  return {
    load,
    users: { leader: leader.username, coordinator: coordinator.username, password: TEST_PASSWORD },
  };
}

/**
 * The server holds its data directory alone (decision 0008), so the lean SQL reads a copy of
 * it, taken after loading: the same rows, in an engine of its own.
 */
async function pgliteCity(options: CityOptions): Promise<BenchCity> {
  const home = await mkdtemp(join(tmpdir(), "cw-bench-"));
  const copyHome = await mkdtemp(join(tmpdir(), "cw-bench-lean-"));
  const db = await openPglite(join(home, "pglite"));
  let filled: Awaited<ReturnType<typeof fill>>;
  try {
    filled = await fill(db, options);
  } finally {
    await db.close();
  }
  await cp(join(home, "pglite"), join(copyHome, "pglite"), { recursive: true });
  const lean = await openPglite(join(copyHome, "pglite"));
  return {
    serverEnv: { DATA_DIR: home },
    sql: lean.executeSql,
    db: lean,
    ...filled,
    async dispose() {
      await lean.close();
      await rm(home, { recursive: true, force: true });
      await rm(copyHome, { recursive: true, force: true });
    },
  };
}

async function postgresCity(options: CityOptions): Promise<BenchCity> {
  if (!options.adminUrl) throw new Error("BENCH_DATABASE_URL is needed for PostgreSQL");
  const name = `cw_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  await admin(options.adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(options.adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), url.host, name, options.poolSize);
  try {
    const filled = await fill(db, options);
    return {
      serverEnv: { DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: String(options.poolSize) },
      sql: db.executeSql,
      db,
      ...filled,
      async dispose() {
        await db.close();
        await admin(options.adminUrl as string, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  } catch (error) {
    await db.close();
    await admin(options.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw error;
  }
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
