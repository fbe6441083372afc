import PgBoss from "pg-boss";
import type { DeliveryConfig } from "../channels/delivery-config.ts";
import type { Database } from "../client.ts";
import { setDeliveryKick } from "../services/notifications/delivery-kick.ts";
import { JOB_NAMES, JOB_TIME_ZONE, JOBS, type JobName, runJob } from "./jobs.ts";

export interface JobRuntimeConfig {
  delivery: DeliveryConfig;
  /** On PostgreSQL, pg-boss's own small pool (so jobs never starve requests). */
  databaseUrl?: string;
  /** How often an idle worker looks for jobs (seconds); tests go faster. */
  pollingIntervalSeconds?: number;
  log?: (line: string) => void;
  /** False: this process only queues jobs (a tool), it runs none. */
  work?: boolean;
  /** How long a claimed delivery without an answer waits before another worker takes it. */
  deliveryLeaseMs?: number;
}

export interface JobRuntime {
  /** Queues a job to run now on whichever server takes it first. */
  enqueue(job: JobName): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The durable job queue (pg-boss, decision 0017) in the application's own database: the
 * embedded engine through `Database.executeSql`, a PostgreSQL server through a pool of its
 * own. Every app server runs one; each queue is "stately" (one queued, one active), so two
 * servers never run the same job at once, and pg-boss's cron fires each schedule once.
 */
export async function startJobRuntime(db: Database, config: JobRuntimeConfig): Promise<JobRuntime> {
  const log = config.log ?? ((line: string) => console.log(line));
  const boss = new PgBoss(
    db.kind === "postgres" && config.databaseUrl
      ? { connectionString: config.databaseUrl, max: 3, schema: "pgboss" }
      : {
          db: { executeSql: (text, values) => db.executeSql(text, values) },
          schema: "pgboss",
        },
  );
  boss.on("error", (error) => log(`job queue: ${error.message}`));
  await boss.start();
  for (const job of JOB_NAMES) {
    // Reminders, digests, snapshots, the weekly notice: "stately" — one queued and one running across all
    // servers. Deliveries: "short" — kicks collapse into one queued job, while several
    // servers may drain at once (each claims its own rows with SKIP LOCKED).
    await ensureQueue(boss, {
      name: job,
      policy: job === "deliveries" ? "short" : "stately",
      retryLimit: 2,
      retryDelay: 30,
      retryBackoff: true,
      expireInMinutes: 15,
    });
    await boss.schedule(job, JOBS[job], {}, { tz: JOB_TIME_ZONE });
    if (config.work === false) continue;
    await boss.work(
      job,
      { pollingIntervalSeconds: config.pollingIntervalSeconds ?? 5 },
      async (jobs) => {
        for (const queued of jobs) {
          const trigger = (queued.data as { trigger?: string } | null)?.trigger ?? "schedule";
          const outcome = await runJob(db.prisma, job, {
            trigger,
            config: config.delivery,
            ...(config.deliveryLeaseMs ? { deliveryLeaseMs: config.deliveryLeaseMs } : {}),
          });
          if (job !== "deliveries" || trigger !== "schedule" || hasWork(outcome.summary)) {
            log(`job ${job} (${trigger}): ${JSON.stringify(outcome.summary)}`);
          }
        }
      },
    );
  }
  const enqueue = async (job: JobName, trigger = "run-now") => {
    await boss.send(job, { trigger });
  };
  setDeliveryKick(() => void enqueue("deliveries", "kick").catch(() => {}));
  return {
    enqueue: (job) => enqueue(job),
    async stop() {
      setDeliveryKick(null);
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
    },
  };
}

function hasWork(summary: unknown): boolean {
  const s = summary as { sent?: number; failed?: number; retrying?: number };
  return (s.sent ?? 0) + (s.failed ?? 0) + (s.retrying ?? 0) > 0;
}

/**
 * Creates a queue unless it exists. Two servers starting together may both try: pg-boss's
 * create then deadlocks or collides in one of them, which waits and looks again.
 */
async function ensureQueue(boss: PgBoss, queue: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(queue.name)) return;
    try {
      await boss.createQueue(queue.name, queue);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== "40P01" && code !== "23505")) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}
