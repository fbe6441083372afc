// Each test file gets its own database: an in-memory PGlite, and, when TEST_DATABASE_URL
// names a PostgreSQL server, a fresh database on it that is dropped afterwards.
import { randomUUID } from "node:crypto";
import { type Database, openPglite, openPostgres } from "../client.ts";
import type { DatabaseKind } from "../config.ts";
import { applyMigrations } from "../migrations/migrate.ts";
import { adminQuery, PGLITE_TEMPLATE_ENV, POSTGRES_TEMPLATE_ENV } from "./test-templates.ts";

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
  const migrate = options.migrate !== false;
  // A copy of the run's migrated template when there is one (test-templates.ts).
  const template = migrate
    ? process.env[kind === "pglite" ? PGLITE_TEMPLATE_ENV : POSTGRES_TEMPLATE_ENV]
    : undefined;
  const db =
    kind === "pglite"
      ? await openPglite(undefined, template ? { loadDataDir: template } : {}).then((d) => ({
          ...d,
          destroy: d.close,
        }))
      : await createPostgresDatabase(template);
  if (migrate && !template) await applyMigrations(db);
  return db;
}

async function createPostgresDatabase(template: string | undefined): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const name = `cw_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await createDatabase(adminUrl, name, template);
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

/** Copies from the template: several files may copy it at once (55006 while another does). */
async function createDatabase(adminUrl: string, name: string, template: string | undefined) {
  const statement = template
    ? `CREATE DATABASE "${name}" TEMPLATE "${template}"`
    : `CREATE DATABASE "${name}"`;
  for (let attempt = 1; ; attempt++) {
    try {
      await adminQuery(adminUrl, statement);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
