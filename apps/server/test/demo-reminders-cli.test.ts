// The demo, as an operator would try it: a fresh embedded data directory with the demo
// city, SMTP_URL pointed at a real SMTP server started here, and `npm run jobs:run -- reminders`
// run as its own process (the server stopped). The overdue demo tasks' owners get their
// 到期催办 mail naming the finding code — the job sends what it created, no separate
// deliveries run — and a second run the same day sends nothing new.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { applyMigrations, loadDemoData, openPglite } from "@cw/db";
import { shanghaiDate } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readMail, startSmtp } from "../../../packages/db/test/support/channel-servers.ts";

const run = promisify(execFile);
const CLI = fileURLToPath(new URL("../../../packages/db/src/cli/jobs-run.ts", import.meta.url));
const PUBLIC_URL = "https://cw.example.org";
// The open states the ladder reminds; submitted tasks wait on the inspectors, not the unit.
const REMINDED = ["assigned", "in_progress", "returned", "partly_fixed"] as const;

interface OwnedOverdue {
  code: string;
  findingId: string;
  email: string;
}

describe("the demo city's 到期催办 by email through jobs:run", () => {
  let home: string;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let owned: OwnedOverdue[];
  const reminders = () =>
    run(process.execPath, ["--import", "tsx", CLI, "reminders"], {
      env: {
        ...process.env,
        DATA_DIR: home,
        DATABASE_URL: "",
        SMTP_URL: smtp.url,
        MAIL_FROM: "创文督办 <noreply@example.org>",
        PUBLIC_URL,
      },
    });

  beforeAll(async () => {
    home = await mkdtemp(join(tmpdir(), "cw-demo-mail-"));
    smtp = await startSmtp();
    const now = new Date();
    const today = shanghaiDate(now);
    const db = await openPglite(join(home, "pglite"));
    try {
      await applyMigrations(db);
      expect((await loadDemoData(db.prisma, now)).loaded).toBe(true);
      // Reminders go out on working days; on a weekend or holiday the test makes today a
      // worked day (调休), as an admin would in the calendar, so it means the same any day.
      await db.prisma.calendarDay.upsert({
        where: { date: new Date(`${today}T00:00:00Z`) },
        create: { date: new Date(`${today}T00:00:00Z`), kind: "workday", note: "test" },
        update: { kind: "workday" },
        select: { date: true },
      });
      // The expectation, from the database: open tasks past their deadline with an owner.
      const tasks = await db.prisma.rectificationTask.findMany({
        where: {
          status: { in: [...REMINDED] },
          deadline: { lt: new Date(`${today}T00:00:00Z`) },
          ownerId: { not: null },
        },
        orderBy: { finding: { code: "asc" } },
        select: {
          findingId: true,
          finding: { select: { code: true } },
          owner: { select: { email: true } },
        },
      });
      owned = tasks.map((t) => ({
        code: t.finding.code,
        findingId: t.findingId,
        email: t.owner?.email ?? "",
      }));
    } finally {
      await db.close();
    }
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await rm(home, { recursive: true, force: true });
  });

  it("mails each overdue task's owner once, naming the finding code, and nothing more the same day", async () => {
    // The demo's deadlines are days before "now", so the owned overdue tasks are the same on
    // any day: two of each unit that has an officer, every owner with an address.
    expect(owned.map((t) => [t.code, t.email])).toEqual([
      ["F0008", "officer2@example.org"],
      ["F0016", "officer@example.org"],
      ["F0026", "officer@example.org"],
      ["F0028", "officer2@example.org"],
    ]);

    const first = await reminders();
    expect(first.stdout).toContain(
      `Ran reminders itself on the embedded database (${join(home, "pglite")}), the server being stopped:`,
    );
    const sent = smtp.mails.length;
    expect(sent).toBeGreaterThan(owned.length); // liaisons, heads and leaders are reached too
    const overdueTo = (email: string) =>
      smtp.mails
        .filter((m) => m.to.includes(email))
        .map((m) => readMail(m.raw))
        .filter((m) => m.subject.startsWith("到期催办："));
    for (const email of new Set(owned.map((t) => t.email))) {
      const mine = owned.filter((t) => t.email === email);
      const mails = overdueTo(email);
      expect(mails.map((m) => m.subject).sort()).toEqual(mine.map((t) => `到期催办：${t.code}`));
      for (const t of mine) {
        const mail = mails.find((m) => m.subject === `到期催办：${t.code}`);
        expect(mail?.text).toContain(`问题 ${t.code} 已超过整改期限`);
        expect(mail?.text).toContain(`查看: ${PUBLIC_URL}/tasks/${t.findingId}`);
      }
    }

    const again = await reminders();
    expect(again.stdout).toMatch(/"created":0,.*"deliveries":\{"sent":0,"failed":0,"retrying":0\}/);
    expect(smtp.mails).toHaveLength(sent);
  }, 90_000);
});
