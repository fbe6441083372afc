// Migrating a fresh database is the slowest part of every integration test file (the schema
// engine is WebAssembly: 5–15 s per file on the 2-core machine). The test run migrates once —
// an in-memory PGlite dumped to a file, and a template database on the PostgreSQL server —
// and each file starts from a copy. createTestDatabase reads the two environment variables
// below; without them (a single file run by hand) it migrates as before.
import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openPglite, openPostgres } from "../client.ts";
import { applyMigrations } from "../migrations/migrate.ts";

export const PGLITE_TEMPLATE_ENV = "CW_TEST_PGLITE_TEMPLATE";
export const POSTGRES_TEMPLATE_ENV = "CW_TEST_POSTGRES_TEMPLATE";

/** Builds both templates and sets the variables; the returned function removes them. */
export async function prepareTestTemplates(): Promise<() => Promise<void>> {
  const dir = await mkdtemp(join(tmpdir(), "cw-test-template-"));
  const dumpPath = join(dir, "pglite.tar");
  const lite = await openPglite(undefined);
  try {
    await applyMigrations(lite);
    await writeFile(dumpPath, (await lite.dumpDataDir?.()) ?? new Uint8Array());
  } finally {
    await lite.close();
  }
  process.env[PGLITE_TEMPLATE_ENV] = dumpPath;

  const adminUrl = process.env.TEST_DATABASE_URL;
  let templateName: string | undefined;
  if (adminUrl) {
    templateName = `cw_template_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    await adminQuery(adminUrl, `CREATE DATABASE "${templateName}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${templateName}`;
    const db = await openPostgres(url.toString(), url.host, templateName);
    try {
      await applyMigrations(db);
    } finally {
      await db.close();
    }
    process.env[POSTGRES_TEMPLATE_ENV] = templateName;
  }

  return async () => {
    await rm(dir, { recursive: true, force: true });
    if (adminUrl && templateName)
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${templateName}" WITH (FORCE)`);
  };
}

export async function adminQuery(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
