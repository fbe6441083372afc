// Each test file gets its own database: an in-memory PGlite, and, when TEST_DATABASE_URL
// names a PostgreSQL server, a fresh database on it that is dropped afterwards.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { type Database, openPglite, openPostgres } from "../client.ts";
import type { DatabaseKind } from "../config.ts";
import { applyMigrations } from "../migrations/migrate.ts";

/** The engines integration tests run on here: always PGlite, PostgreSQL when configured. */
export function testEngines(): DatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export interface TestDatabase extends Database {
  /** Drops the database (PostgreSQL) or discards it (PGlite). */
  destroy(): Promise<void>;
  /** For PostgreSQL: the URL of the created database. */
  url?: string;
}

export async function createTestDatabase(
  kind: DatabaseKind,
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const db =
    kind === "pglite"
      ? await openPglite(undefined).then((d) => ({ ...d, destroy: d.close }))
      : await createPostgresDatabase();
  if (options.migrate !== false) await applyMigrations(db);
  return db;
}

async function createPostgresDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `cw_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString(), url.host, name);
  return {
    ...db,
    url: url.toString(),
    async destroy() {
      await db.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
