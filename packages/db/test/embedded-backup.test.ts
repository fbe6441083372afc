import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  backupCommand,
  backupDatabase,
  type Database,
  dataDirLockOwner,
  openControlChannel,
  openPglite,
  restoreDatabase,
  StartupError,
} from "../src/index.ts";
import { applyMigrations } from "../src/migrations/migrate.ts";
import { createTaskFixture } from "../src/testing/index.ts";
import { PGLITE_TEMPLATE_ENV } from "../src/testing/test-templates.ts";

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});
async function home(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "cw-backup-"));
  scratch.push(dir);
  return dir;
}

/** Row counts of several tables: the restored database must answer the same. */
async function counts(db: Database) {
  return {
    units: await db.prisma.responsibleUnit.count(),
    users: await db.prisma.user.count(),
    sites: await db.prisma.site.count(),
    findings: await db.prisma.finding.count(),
    tasks: await db.prisma.rectificationTask.count(),
    photos: await db.prisma.photo.count(),
  };
}

async function openMigrated(dataDir: string): Promise<Database> {
  const template = process.env[PGLITE_TEMPLATE_ENV];
  const db = await openPglite(dataDir, template ? { loadDataDir: template } : {});
  if (!template) await applyMigrations(db);
  return db;
}

describe("backup and restore of the embedded database", () => {
  it("backs up a running server's database and restores it into a fresh data directory", async () => {
    const serverHome = await home();
    const dataDir = join(serverHome, "pglite");
    const file = join(await home(), "backup.tar");
    const db = await openMigrated(dataDir);
    const fixture = await createTaskFixture(db.prisma);
    await fixture.task("submitted");
    await fixture.task("in_progress");
    await fixture.task("closed");
    const before = await counts(db);
    // Hand-checked against the fixture: 2 units, 6 users, 1 site, 3 findings with a task each,
    // 2 photos.
    expect(before).toEqual({ units: 2, users: 6, sites: 1, findings: 3, tasks: 3, photos: 2 });

    // The server holds the directory and answers the control command.
    const channel = await openControlChannel(serverHome, { backup: backupCommand(db) });
    try {
      const seen: string[] = [];
      const report = await backupDatabase({ kind: "pglite", dataDir }, file, (m) => seen.push(m));
      expect(report.by).toBe("server");
      expect(report.file).toBe(file);
      expect(report.bytes).toBe((await stat(file)).size);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(seen).toEqual([`dumping ${dataDir}`]);

      // Restore is refused while the server holds the directory, and touches nothing.
      const refused = await restoreDatabase({ kind: "pglite", dataDir }, file, {
        force: true,
      }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(StartupError);
      expect((refused as Error).message).toContain(`in use by another process (pid ${process.pid}`);
      expect(await readdir(serverHome)).not.toContain(expect.stringMatching(/before-restore/));
      // Writes after the backup are not in it.
      await fixture.task("closed");
    } finally {
      await channel.close();
      await db.close();
    }

    // A DATA_DIR that does not exist yet.
    const freshDir = join(await home(), "new-home", "pglite");
    const restored = await restoreDatabase({ kind: "pglite", dataDir: freshDir }, file);
    expect(restored.keptAside).toBeUndefined();
    expect(await dataDirLockOwner(dirname(freshDir))).toBeNull();
    const reopened = await openPglite(freshDir);
    try {
      expect(await counts(reopened)).toEqual(before);
      const admin = await reopened.prisma.user.findUnique({
        where: { id: fixture.users.admin.id },
        select: { role: true },
      });
      expect(admin?.role).toBe("admin");
    } finally {
      await reopened.close();
    }
  });

  it("backs up with the server stopped, and restores over a directory only with --force", async () => {
    const dataDir = join(await home(), "pglite");
    const db = await openMigrated(dataDir);
    await createTaskFixture(db.prisma);
    await db.close();
    const file = join(await home(), "stopped.tar");
    const report = await backupDatabase({ kind: "pglite", dataDir }, file);
    expect(report.by).toBe("tool");
    // The tool released the lock it took.
    expect(await dataDirLockOwner(join(dataDir, ".."))).toBeNull();

    const otherHome = await home();
    const target = join(otherHome, "pglite");
    const other = await openMigrated(target);
    await other.close();
    const refused = await restoreDatabase({ kind: "pglite", dataDir: target }, file).catch(
      (e: unknown) => e,
    );
    expect((refused as Error).message).toContain("is not empty");
    const forced = await restoreDatabase({ kind: "pglite", dataDir: target }, file, {
      force: true,
      now: new Date("2026-12-02T07:40:00.000Z"),
    });
    expect(forced.keptAside).toBe(`${target}.before-restore-2026-12-02T07-40-00-000Z`);
    expect((await readdir(otherHome)).sort()).toEqual([
      "pglite",
      "pglite.before-restore-2026-12-02T07-40-00-000Z",
    ]);
    const reopened = await openPglite(target);
    try {
      expect((await counts(reopened)).users).toBe(6);
    } finally {
      await reopened.close();
    }
  });

  it("refuses a file that is not a backup, and PostgreSQL servers (pg_dump is their tool)", async () => {
    const dir = await home();
    const junk = join(dir, "junk.tar");
    await writeFile(junk, "not a tar archive");
    const error = await restoreDatabase(
      { kind: "pglite", dataDir: join(dir, "pglite") },
      junk,
    ).catch((e: unknown) => e);
    expect((error as Error).message).toContain("is not a backup of the embedded database");
    const postgres = {
      kind: "postgres" as const,
      url: "postgresql://postgres@127.0.0.1:5432/cw",
      host: "127.0.0.1:5432",
      database: "cw",
    };
    await expect(backupDatabase(postgres, join(dir, "x.tar"))).rejects.toThrow(/pg_dump/);
    await expect(restoreDatabase(postgres, junk)).rejects.toThrow(/pg_restore/);
  });
});
