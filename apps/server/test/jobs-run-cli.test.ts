// npm run jobs:run -- <job> on the embedded engine: handed to the running server over the
// control channel while it holds the data directory, run by the tool itself (holding the
// lock) when the server is stopped; it says which.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { applyMigrations, deliveryConfigFromEnv, openControlChannel, openPglite } from "@cw/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { controlCommands } from "../src/control-commands.ts";

const run = promisify(execFile);
const CLI = fileURLToPath(new URL("../../../packages/db/src/cli/jobs-run.ts", import.meta.url));
let home: string;
const jobsRun = (job: string) =>
  run(process.execPath, ["--import", "tsx", CLI, job], {
    env: { ...process.env, DATA_DIR: home, DATABASE_URL: "", SMTP_URL: "" },
  }).then(
    (r) => ({ code: 0, out: r.stdout, err: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      out: e.stdout,
      err: e.stderr,
    }),
  );

describe("jobs:run on the embedded engine", () => {
  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "cw-jobs-"));
    const db = await openPglite(join(home, "pglite"));
    await applyMigrations(db);
    await db.close();
  });
  afterAll(() => rm(home, { recursive: true, force: true }));

  it("hands the job to the running server, then runs it itself once the server is stopped", async () => {
    const db = await openPglite(join(home, "pglite"));
    const control = await openControlChannel(home, controlCommands(db, deliveryConfigFromEnv()));
    try {
      const handed = await jobsRun("snapshots");
      expect(handed.code).toBe(0);
      expect(handed.out).toMatch(
        /^Ran snapshots in the running server: \{"day":"\d{4}-\d\d-\d\d","taken":0\}\n$/,
      );
      expect(
        await db.prisma.jobRun.count({ where: { job: "snapshots", trigger: "cli", ok: true } }),
      ).toBe(1);
    } finally {
      await control.close();
      await db.close();
    }
    const itself = await jobsRun("reminders");
    expect(itself.code).toBe(0);
    expect(itself.out).toContain(
      `Ran reminders itself on the embedded database (${join(home, "pglite")}), the server being stopped:`,
    );
    const unknown = await jobsRun("backups");
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain(
      "Usage: npm run jobs:run -- <job>, one of: reminders, digests, snapshots, deliveries",
    );
  }, 90_000);
});
