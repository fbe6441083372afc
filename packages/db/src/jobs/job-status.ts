import type { Actor, ScheduledJob } from "@cw/domain";
import { deliveryConfigFromEnv } from "../channels/delivery-config.ts";
import type { ServiceContext } from "../services/service-context.ts";
import { JOB_NAMES, JOB_TIME_ZONE, JOBS, nextRunOf, runJob } from "./jobs.ts";

/** Each scheduled job with its last recorded run and its next time by the schedule. */
export async function listJobStatus(ctx: ServiceContext<Actor>) {
  return Promise.all(
    JOB_NAMES.map(async (job) => {
      const last = await ctx.prisma.jobRun.findFirst({
        where: { job },
        orderBy: { startedAt: "desc" },
        select: { startedAt: true, finishedAt: true, ok: true, trigger: true, summary: true },
      });
      return {
        job,
        cron: JOBS[job],
        timeZone: JOB_TIME_ZONE,
        lastRun: last,
        nextRunAt: nextRunOf(job, ctx.now),
      };
    }),
  );
}

/**
 * "Run now" from the admin screen: runs the job in this server and answers its summary. A job
 * that fails (no Chromium for the weekly report, a database error) is an answer, not a server
 * error: the run is in the job log as failed, and the screen shows why.
 */
export async function runJobNow(ctx: ServiceContext<Actor>, input: { job: ScheduledJob }) {
  try {
    const outcome = await runJob(ctx.prisma, input.job, {
      trigger: `admin:${ctx.actor.id}`,
      now: ctx.now,
      config: deliveryConfigFromEnv(),
    });
    return { job: input.job, ok: outcome.ok, summary: outcome.summary };
  } catch (error) {
    return { job: input.job, ok: false, summary: { error: (error as Error).message } };
  }
}
