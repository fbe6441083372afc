import type { Database } from "../client.ts";
import { StartupError } from "../errors.ts";
import { readMigrationList, readSchema } from "./migration-files.ts";
import type { SchemaEngine } from "./schema-engine.ts";

const NO_FILTERS = { externalTables: [], externalEnums: [] };
const EMPTY_MIGRATION = "-- This is an empty migration.";

async function withEngine<T>(db: Database, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  // The engine (WebAssembly, ~45 MB that stays resident once loaded) only when there is work.
  const { openSchemaEngine } = await import("./schema-engine.ts");
  const adapter = db.migrationAdapter();
  try {
    const engine = await openSchemaEngine(adapter.factory, await readSchema());
    try {
      return await run(engine);
    } finally {
      engine.free();
    }
  } finally {
    await adapter.release();
  }
}

export interface MigrationStatus {
  current: boolean;
  pending: string[];
  failed: string[];
}

/**
 * Compares the database's _prisma_migrations with prisma/migrations. Reads the table directly
 * (no engine), so /healthz stays cheap enough to poll.
 */
export async function migrationStatus(db: Database, dir?: string): Promise<MigrationStatus> {
  const onDisk = (await readMigrationList(dir)).migrationDirectories.map((m) => m.path);
  const [{ exists } = { exists: false }] = await db.prisma.$queryRaw<{ exists: boolean }[]>`
    SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists`;
  const rows = exists
    ? await db.prisma.$queryRaw<{ name: string; finished: boolean }[]>`
        SELECT migration_name AS name, finished_at IS NOT NULL AS finished
          FROM _prisma_migrations WHERE rolled_back_at IS NULL`
    : [];
  const applied = new Set(rows.filter((r) => r.finished).map((r) => r.name));
  const failed = rows.filter((r) => !r.finished).map((r) => r.name);
  const pending = onDisk.filter((name) => !applied.has(name));
  return { current: pending.length === 0 && failed.length === 0, pending, failed };
}

/**
 * Applies pending migrations. Each migration runs as one script, so PostgreSQL rolls a failed
 * one back as a whole; Prisma records it as failed, and every later start refuses to run on
 * that schema until an operator resolves it.
 */
export async function applyMigrations(db: Database, dir?: string): Promise<string[]> {
  const migrationsList = await readMigrationList(dir);
  const before = await migrationStatus(db, dir);
  if (before.failed.length > 0) {
    throw new StartupError(
      `Migration ${before.failed.join(", ")} failed earlier and was rolled back; the server will not start on this schema until it is fixed and marked rolled back.`,
    );
  }
  // Every migration on disk recorded as applied: nothing for the engine to do. (Another server
  // applying the same migrations at once is serialised by the engine's own advisory lock.)
  if (before.current) return [];
  return withEngine(db, async (engine) => {
    try {
      const out = await engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
      return out.appliedMigrationNames;
    } catch (error) {
      throw new StartupError(await describeMigrationFailure(db, error));
    }
  });
}

/** The engine's own error is generic; Prisma's table records which migration failed and why. */
async function describeMigrationFailure(db: Database, error: unknown): Promise<string> {
  const rows = await db.prisma.$queryRaw<{ name: string; logs: string | null }[]>`
      SELECT migration_name AS name, logs FROM _prisma_migrations
       WHERE finished_at IS NULL AND rolled_back_at IS NULL ORDER BY started_at DESC LIMIT 1`.catch(
    () => [],
  );
  const failed = rows[0];
  const cause = String((error as Error)?.message ?? error).split("\n")[0] ?? "";
  if (!failed) return `Applying migrations failed; the server will not start. ${cause}`;
  const detail = (failed.logs ?? cause).split("\n").find((l) => /error/i.test(l)) ?? cause;
  return `Migration ${failed.name} failed and was rolled back; the server will not start on this schema. ${detail.trim()}`;
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
