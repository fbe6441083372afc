// Each case migrates from nothing on purpose (the schema engine is WebAssembly): on a busy
// 2-core machine that alone can pass the default 30 s.
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyMigrations, migrationStatus, openPglite, StartupError } from "../src/index.ts";
import {
  createTestDatabase,
  diffMigrationsToSchema,
  MIGRATIONS_DIR,
  readMigrationList,
  testEngines,
} from "../src/testing/index.ts";

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

async function copyOfMigrations(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "cw-migrations-"));
  scratch.push(dir);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

describe("migrations and schema.prisma", { timeout: 120_000 }, () => {
  it("agree: replaying every migration gives exactly the schema (no drift)", async () => {
    const db = await openPglite(undefined);
    try {
      expect(await diffMigrationsToSchema(db)).toBe("");
    } finally {
      await db.close();
    }
  });

  it("the drift check notices a schema change without a migration", async () => {
    const dir = await copyOfMigrations();
    const list = await readMigrationList(dir);
    const last = list.migrationDirectories.at(-1)?.path as string;
    // Drop the last migration: the schema now has more than the migrations build.
    await rm(join(dir, last), { recursive: true });
    const db = await openPglite(undefined);
    try {
      // The diff is exactly what the dropped migration did.
      const diff = await diffMigrationsToSchema(db, dir);
      expect(diff).not.toBe("");
      expect(diff).toMatch(/^(CREATE|ALTER|-- )/m);
    } finally {
      await db.close();
    }
  });
});

describe.each(testEngines())("applying migrations on %s", { timeout: 120_000 }, (kind) => {
  it("records them in _prisma_migrations and reports the schema current", async () => {
    const db = await createTestDatabase(kind, { migrate: false });
    try {
      expect((await migrationStatus(db)).current).toBe(false);
      const applied = await applyMigrations(db);
      const onDisk = (await readMigrationList()).migrationDirectories.map((m) => m.path);
      expect(applied).toEqual(onDisk);
      expect(await applyMigrations(db)).toEqual([]);
      const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`
        SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1`;
      expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
      expect(await migrationStatus(db)).toEqual({ current: true, pending: [], failed: [] });
    } finally {
      await db.destroy();
    }
  });

  it("rolls a failing migration back, names it, and refuses to go on", async () => {
    const dir = await copyOfMigrations();
    const bad = "29990101000000_broken";
    await mkdir(join(dir, bad));
    await writeFile(
      join(dir, bad, "migration.sql"),
      'CREATE TABLE "half_done" (id int);\nALTER TABLE "no_such_table" ADD COLUMN x int;\n',
    );
    const db = await createTestDatabase(kind, { migrate: false });
    try {
      const failure = await applyMigrations(db, dir).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(StartupError);
      expect((failure as Error).message).toContain(bad);
      // The statement before the failing one was rolled back with it.
      const [row] = await db.prisma.$queryRaw<{ exists: boolean }[]>`
        SELECT to_regclass('half_done') IS NOT NULL AS exists`;
      expect(row?.exists).toBe(false);
      const status = await migrationStatus(db, dir);
      expect(status.current).toBe(false);
      expect(status.failed).toEqual([bad]);
      // A second start refuses too, rather than serving a half-migrated schema.
      await expect(applyMigrations(db, dir)).rejects.toThrow(StartupError);
    } finally {
      await db.destroy();
    }
  });
});
