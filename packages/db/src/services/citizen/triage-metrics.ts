import { type Actor, SATISFACTION_MIN_SAMPLE, satisfactionShare } from "@cw/domain";
import { satisfactionByUnitSql, triageMetricsSql } from "../../queries/citizen-reports.ts";
import type { ServiceContext } from "../service-context.ts";

const DAY = 86_400_000;

/** Reports received in the last `days` days, their outcomes and the median time to triage. */
export async function readTriageMetrics(ctx: ServiceContext<Actor>, input: { days: number }) {
  const to = ctx.now;
  const from = new Date(to.getTime() - input.days * DAY);
  const row = await triageMetricsSql(ctx.prisma, { from, to });
  return {
    received: row.received,
    accepted: row.accepted,
    merged: row.merged,
    rejected: row.rejected,
    waiting: row.waiting,
    medianTriageMinutes: row.median === null ? null : Math.round(row.median),
  };
}

/** 解决了吗? per unit: the count always, the share only from the minimum sample. */
export async function readUnitSatisfaction(ctx: ServiceContext<Actor>) {
  const rows = await satisfactionByUnitSql(ctx.prisma);
  return {
    minSample: SATISFACTION_MIN_SAMPLE,
    units: rows.map((row) => ({
      ...row,
      share: satisfactionShare(row.fixed, row.answers, SATISFACTION_MIN_SAMPLE),
    })),
  };
}
