// The durable job queue (pg-boss) on both engines, and two app servers' runtimes in separate
// processes against one PostgreSQL database: a reminder run and a burst of 100 dispatches'
// notifications reach each person once per event, even with one server killed (-9) mid-run.
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { addCalendarDays, shanghaiDate, workingCalendar } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createNotifications,
  deliveryConfigFromEnv,
  type JobRuntime,
  startJobRuntime,
} from "../src/index.ts";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
} from "../src/testing/index.ts";
import { readMail, startSmtp } from "./support/channel-servers.ts";

const until = async (what: string, check: () => Promise<boolean>, ms = 45_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
};
/** The working day before today (Beijing): a task due then is on its first overdue day today. */
const calendar = workingCalendar();
const today = shanghaiDate(new Date());
let yesterday = addCalendarDays(today, -1);
while (!calendar.isWorkingDay(yesterday)) yesterday = addCalendarDays(yesterday, -1);
/** The real clock drives the servers: on a day off, the reminders rightly send nothing. */
const OVERDUE_TODAY = calendar.isWorkingDay(today) ? 1 : 0;

describe("the job queue on the embedded engine", () => {
  let db: TestDatabase;
  let f: TaskFixture;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let runtime: JobRuntime | undefined;
  beforeAll(async () => {
    smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    db = await createTestDatabase("pglite");
    f = await createTaskFixture(db.prisma);
  });
  afterAll(async () => {
    await runtime?.stop();
    await db?.destroy();
    await smtp?.close();
  });

  it("runs a queued job through PGlite and records the run", async () => {
    runtime = await startJobRuntime(db, {
      delivery: deliveryConfigFromEnv(),
      pollingIntervalSeconds: 1,
      log: () => {},
    });
    await runtime.enqueue("snapshots");
    await until(
      "the snapshots run",
      async () => (await db.prisma.jobRun.count({ where: { job: "snapshots", ok: true } })) === 1,
    );
    const run = await db.prisma.jobRun.findFirstOrThrow({
      where: { job: "snapshots" },
      select: { trigger: true, summary: true },
    });
    expect(run.trigger).toBe("run-now");
    const schedules = await db.executeSql(
      `SELECT name, cron, timezone FROM pgboss.schedule ORDER BY name`,
    );
    expect(schedules.rows).toEqual([
      { name: "deliveries", cron: "* * * * *", timezone: "Asia/Shanghai" },
      { name: "digests", cron: "0 9 * * 1", timezone: "Asia/Shanghai" },
      { name: "reminders", cron: "0 9-18 * * *", timezone: "Asia/Shanghai" },
      { name: "snapshots", cron: "0 18 * * 5", timezone: "Asia/Shanghai" },
      { name: "weekly-notice", cron: "30 8 * * 1", timezone: "Asia/Shanghai" },
    ]);
  });

  it("delivers a new notification soon after its commit (the kick), without waiting for the minute", async () => {
    const { findingId } = await f.task("in_progress", { deadline: yesterday });
    const task = await db.prisma.rectificationTask.findUniqueOrThrow({
      where: { findingId },
      select: { id: true },
    });
    await db.prisma.user.update({
      where: { id: f.users.officerA.id },
      data: { email: "officer-a@example.org" },
    });
    await db.prisma.$transaction((tx) =>
      createNotifications(tx, new Date(), [
        {
          event: "dispatched",
          taskId: task.id,
          recipient: { userId: f.users.officerA.id },
          title: "新交办任务",
          body: "请处理",
          link: `/tasks/${findingId}`,
          dedupeKey: `dispatched:${task.id}:kick`,
        },
      ]),
    );
    await until("the mail", async () => smtp.mails.length === 1, 15_000);
    expect(readMail(smtp.mails[0]?.raw ?? "").subject).toBe("新交办任务");
  });
});

const pg = process.env.TEST_DATABASE_URL ? describe : describe.skip;
const SERVER = fileURLToPath(new URL("./support/job-server.ts", import.meta.url));
const PEOPLE = 100;
const EXPECTED = PEOPLE + OVERDUE_TODAY * PEOPLE;

pg("two app servers against one PostgreSQL database", () => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let tool: JobRuntime | undefined;
  const servers: ChildProcess[] = [];
  const start = (name: string) =>
    new Promise<ChildProcess>((resolve, reject) => {
      // node itself (not the tsx wrapper, which would outlive a kill -9 of its child).
      const child = spawn(process.execPath, ["--import", "tsx", SERVER], {
        env: { ...process.env, DATABASE_URL: db.url ?? "", SMTP_URL: smtp.url, NAME: name },
        stdio: ["ignore", "pipe", "pipe"],
      });
      servers.push(child);
      child.stdout?.setEncoding("utf8");
      child.stdout?.on("data", (text: string) => {
        if (process.env.JOB_TEST_LOG) process.stdout.write(`[${name}] ${text}`);
        if (text.includes("ready")) resolve(child);
      });
      let stderr = "";
      child.stderr?.setEncoding("utf8");
      child.stderr?.on("data", (text: string) => {
        stderr += text;
      });
      child.on("exit", (code) => reject(new Error(`${name} exited with ${code}: ${stderr}`)));
    });
  beforeAll(async () => {
    smtp = await startSmtp(25);
    db = await createTestDatabase("postgres");
    const f = await createTaskFixture(db.prisma);
    // 100 dispatched tasks, each with its own owner, all on their first overdue day.
    for (let i = 0; i < PEOPLE; i++) {
      const { findingId } = await f.task("in_progress", { deadline: yesterday });
      const owner = await db.prisma.user.create({
        data: {
          username: `owner${i}`,
          displayName: `责任人${i}`,
          passwordHash: "x",
          role: "unit_officer",
          unitId: f.unitA,
          email: `owner${i}@example.org`,
        },
        select: { id: true },
      });
      await db.prisma.rectificationTask.update({
        where: { findingId },
        data: { ownerId: owner.id },
        select: { id: true },
      });
    }
  });
  afterAll(async () => {
    for (const s of servers) s.kill("SIGKILL");
    await tool?.stop();
    await db?.destroy();
    await smtp?.close();
  });

  it("sends each person one mail per event, with one server killed mid-run and restarted", async () => {
    process.env.SMTP_URL = smtp.url;
    await Promise.all([start("a"), start("b")]);
    tool = await startJobRuntime(db, {
      delivery: deliveryConfigFromEnv(),
      databaseUrl: db.url ?? "",
      work: false,
      log: () => {},
    });
    const tasks = await db.prisma.rectificationTask.findMany({
      where: { ownerId: { not: null } },
      select: { id: true, ownerId: true, findingId: true },
    });
    // The burst: 100 dispatches' notifications, as the task-change hook records them.
    await db.prisma.$transaction((tx) =>
      createNotifications(
        tx,
        new Date(),
        tasks.map((t) => ({
          event: "dispatched" as const,
          taskId: t.id,
          recipient: { userId: t.ownerId ?? "" },
          title: "新交办任务",
          body: "请处理",
          link: `/tasks/${t.findingId}`,
          dedupeKey: `dispatched:${t.id}:u:${t.ownerId}`,
        })),
      ),
    );
    // And the reminders, asked of both servers at once (the queue runs them once).
    await Promise.all([tool.enqueue("reminders"), tool.enqueue("reminders")]);
    const log = (m: string) => process.env.JOB_TEST_LOG && console.log(`[test] ${m}`);
    log("burst recorded");
    await until("some of the mail", async () => smtp.mails.length >= 60);
    log(`killing a with ${smtp.mails.length} mails in`);
    servers[0]?.kill("SIGKILL");
    await start("a-restarted");
    await until(
      "every delivery sent",
      async () => (await db.prisma.delivery.count({ where: { status: "sent" } })) === EXPECTED,
      60_000,
    );
    const ids = smtp.mails.map((m) => /^Message-ID: (.*)$/im.exec(m.raw)?.[1]);
    // One message per person and event, counted by Message-ID: the one window decision 0017
    // leaves is the kill landing between the mail server's "250 OK" and the row marked sent.
    // A message in flight then is sent again after its lease, with the same Message-ID — at
    // least once, never lost, recognisable as a copy. A server has at most two in flight: its
    // deliveries job and the reminders job, which drains what it has just created.
    const perPerson = new Map<string, Set<string | undefined>>();
    for (const [i, m] of smtp.mails.entries()) {
      const key = `${m.to[0]}|${readMail(m.raw).subject.slice(0, 4)}`;
      perPerson.set(key, (perPerson.get(key) ?? new Set()).add(ids[i]));
    }
    console.log(`mails received: ${smtp.mails.length}, distinct Message-IDs: ${new Set(ids).size}`);
    expect(new Set(ids).size).toBe(EXPECTED);
    expect(smtp.mails.length - EXPECTED).toBeGreaterThanOrEqual(0);
    expect(smtp.mails.length - EXPECTED).toBeLessThanOrEqual(2);
    expect([...perPerson.values()].every((messageIds) => messageIds.size === 1)).toBe(true);
    expect(perPerson.size).toBe(EXPECTED);
    expect(await db.prisma.notification.count({ where: { event: "overdue" } })).toBe(
      OVERDUE_TODAY * PEOPLE,
    );
  }, 90_000);
});
