import { DomainError } from "@cw/domain";
import cronParser from "cron-parser";
import type { DeliveryConfig } from "../channels/delivery-config.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { type ReportConfig, reportConfigFromEnv } from "../services/documents/leader-report-pdf.ts";
import { runWeeklyNotice } from "../services/documents/run-weekly-notice.ts";
import { runDeliveries } from "../services/notifications/run-deliveries.ts";
import { runDigests } from "../services/notifications/run-digests.ts";
import { runReminders } from "../services/notifications/run-reminders.ts";
import { runScoreSnapshots } from "../services/scoring/run-score-snapshots.ts";
import { serviceContext } from "../services/service-context.ts";

/** The scheduled jobs, each with its cron in Asia/Shanghai. */
export const JOBS = {
  /** Hourly during the working day; the first run of a day sends, later ones catch up. */
  reminders: "0 9-18 * * *",
  /** Monday morning. */
  digests: "0 9 * * 1",
  /** Friday evening, so the week's score is charted. */
  snapshots: "0 18 * * 5",
  /** Every minute, behind the nudge each new notification gives. */
  deliveries: "* * * * *",
  /** Monday before the digests: the past week's 督查通报 and leader report (issue 13). */
  "weekly-notice": "30 8 * * 1",
} as const;
export type JobName = keyof typeof JOBS;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];
export const JOB_TIME_ZONE = "Asia/Shanghai";

export function isJobName(name: string): name is JobName {
  return Object.hasOwn(JOBS, name);
}

export function assertJobName(name: string): JobName {
  if (!isJobName(name)) throw new DomainError("bad_request", "jobs.unknown", { job: name });
  return name;
}

export function nextRunOf(job: JobName, after: Date): Date {
  return cronParser
    .parseExpression(JOBS[job], { currentDate: after, tz: JOB_TIME_ZONE })
    .next()
    .toDate();
}

export interface JobOutcome {
  job: JobName;
  runId: string;
  ok: boolean;
  summary: unknown;
}

/**
 * Runs one job now and records the run (the admin screen's "last run"). Every job is
 * idempotent on its own keys, so a run repeated after a crash or started twice does no harm.
 */
export async function runJob(
  prisma: PrismaClient,
  job: JobName,
  options: {
    trigger: string;
    now?: Date;
    config: DeliveryConfig;
    deliveryLeaseMs?: number;
    /** The browser and app the weekly notice's PDF is rendered with; from the environment. */
    report?: ReportConfig;
  },
): Promise<JobOutcome> {
  const now = options.now ?? new Date();
  const ctx = serviceContext(prisma, null, { now });
  const run = await prisma.jobRun.create({
    data: { job, trigger: options.trigger, startedAt: now },
    select: { id: true },
  });
  try {
    const summary =
      job === "reminders"
        ? await runReminders(ctx)
        : job === "digests"
          ? await runDigests(ctx)
          : job === "snapshots"
            ? await runScoreSnapshots(ctx)
            : job === "weekly-notice"
              ? await runWeeklyNotice(ctx, options.report ?? reportConfigFromEnv())
              : await runDeliveries(ctx, options.config, undefined, options.deliveryLeaseMs);
    // A run triggered by reminders, digests or the weekly notice also sends what it created.
    const sent =
      job === "reminders" || job === "digests" || job === "weekly-notice"
        ? await runDeliveries(ctx, options.config, undefined, options.deliveryLeaseMs)
        : null;
    const result = sent ? { ...summary, deliveries: sent } : summary;
    if (job === "deliveries" && options.trigger === "schedule" && !didSomething(result)) {
      // The minute-by-minute sweep that found nothing is not worth a row in the log.
      await prisma.jobRun.delete({ where: { id: run.id }, select: { id: true } });
      return { job, runId: run.id, ok: true, summary: result };
    }
    await prisma.jobRun.update({
      where: { id: run.id },
      data: { finishedAt: new Date(), ok: true, summary: result as object },
      select: { id: true },
    });
    return { job, runId: run.id, ok: true, summary: result };
  } catch (error) {
    await prisma.jobRun.update({
      where: { id: run.id },
      data: { finishedAt: new Date(), ok: false, summary: { error: (error as Error).message } },
      select: { id: true },
    });
    throw error;
  }
}

function didSomething(summary: unknown): boolean {
  const s = summary as { sent?: number; failed?: number; retrying?: number };
  return (s.sent ?? 0) + (s.failed ?? 0) + (s.retrying ?? 0) > 0;
}
