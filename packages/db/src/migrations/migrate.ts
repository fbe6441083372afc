import type { Database } from "../client.ts";
import { StartupError } from "../errors.ts";
import { readMigrationList, readSchema } from "./migration-files.ts";
import { openSchemaEngine, type SchemaEngine } from "./schema-engine.ts";

const NO_FILTERS = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = "-- This is an empty migration.";

async function withEngine<T>(db: Database, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const engine = await openSchemaEngine(db.adapterFactory, await readSchema());
  try {
    return await run(engine);
  } finally {
    engine.free();
  }
}

export interface MigrationStatus {
  current: boolean;
  pending: string[];
  failed: string[];
}

/** Compares the database's _prisma_migrations with prisma/migrations. */
export async function migrationStatus(db: Database, dir?: string): Promise<MigrationStatus> {
  const migrationsList = await readMigrationList(dir);
  return withEngine(db, async (engine) => {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTERS,
    });
    const history = diagnosis.history;
    const pending =
      history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge"
        ? history.unappliedMigrationNames
        : [];
    const failed = diagnosis.failedMigrationNames;
    return { current: history === null && failed.length === 0, pending, failed };
  });
}

/**
 * Applies pending migrations. Each migration runs as one script, so PostgreSQL rolls a failed
 * one back as a whole; Prisma records it as failed, and every later start refuses to run on
 * that schema until an operator resolves it.
 */
export async function applyMigrations(db: Database, dir?: string): Promise<string[]> {
  const migrationsList = await readMigrationList(dir);
  return withEngine(db, async (engine) => {
    try {
      const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return out.appliedMigrationNames;
    } catch (error) {
      throw new StartupError(describeMigrationError(error));
    }
  });
}

function describeMigrationError(error: unknown): string {
  const e = error as { message?: string; meta?: Record<string, unknown> };
  const message = String(e.message ?? error);
  const name = /Migration name: (\S+)/.exec(message)?.[1] ?? /`(\d{14}_[\w-]+)`/.exec(message)?.[1];
  const detail = message.split("\n").find((line) => /ERROR|error|failed/.test(line)) ?? message;
  return name
    ? `Migration ${name} failed and was rolled back; the server will not start on this schema. ${detail.trim()}`
    : `Applying migrations failed; the server will not start on this schema. ${message.split("\n")[0]}`;
}

/**
 * SQL that takes the schema from what the migrations build to what schema.prisma describes.
 * Replays the migrations on a shadow database, so it needs the PGlite adapter (see
 * docs/decisions/0002). Empty string when they agree (no drift).
 */
export async function diffMigrationsToSchema(db: Database, dir?: string): Promise<string> {
  const migrationsList = await readMigrationList(dir);
  const schema = await readSchema();
  return withEngine(db, async (engine) => {
    const result = await engine.diff({
      from:
        migrationsList.migrationDirectories.length > 0
          ? { tag: "migrations", ...migrationsList }
          : { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: null,
      filters: NO_FILTERS,
    });
    const sql = (result.stdout ?? "").trim();
    return sql === EMPTY_MIGRATION ? "" : sql;
  });
}
