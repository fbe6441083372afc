import { z } from "zod";
import { AGING_BUCKET_KEYS } from "../overview-rules.ts";
import { calendarDateInput, idSchema } from "./common.ts";

// The leader overview's dashboard (issue 5). Every procedure takes the same filters, which
// the web app keeps in the URL; the period is when findings were found, as in the task list.

export const overviewFiltersSchema = z
  .object({
    /** First and last day (Beijing) on which the findings were found. */
    from: calendarDateInput.optional(),
    to: calendarDateInput.optional(),
    unitId: idSchema.optional(),
    gridId: idSchema.optional(),
    siteTypeId: idSchema.optional(),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: "field.period_reversed",
    path: ["to"],
  });
export type OverviewFilters = z.infer<typeof overviewFiltersSchema>;
export const overviewFiltersInputSchema = overviewFiltersSchema.default({});

const count = z.number().int().nonnegative();
const share = z.number().min(0).max(1).nullable();

export const overviewTilesSchema = z.object({
  asOf: z.date(),
  siteCount: count,
  openFindings: count,
  overdueFindings: count,
  /** overdue ÷ open. */
  overdueShare: share,
  closedOnTime: count,
  /** Tasks the on-time share is taken over (see isJudgedForOnTime). */
  judgedTasks: count,
  onTimeShare: share,
  closedTasks: count,
  /** Median days from found to close-out over closedTasks; null when none is closed. */
  medianDaysToClose: z.number().nonnegative().nullable(),
});
export type OverviewTiles = z.infer<typeof overviewTilesSchema>;

export const weeklyFlowSchema = z.object({
  weeks: z.array(
    z.object({
      weekStart: z.string(),
      /** The days of the week inside the period: the filter of the list behind a bar. */
      from: z.string(),
      to: z.string(),
      opened: count,
      closed: count,
    }),
  ),
});
export type WeeklyFlow = z.infer<typeof weeklyFlowSchema>;

export const overdueAgingSchema = z.object({
  buckets: z.array(
    z.object({
      key: z.enum(AGING_BUCKET_KEYS),
      count,
      /** The bucket as deadline dates (inclusive), for the list behind the bar. */
      deadlineFrom: z.string().nullable(),
      deadlineTo: z.string(),
    }),
  ),
});
export type OverdueAging = z.infer<typeof overdueAgingSchema>;

export const rankedUnitSchema = z.object({
  unitId: z.uuid(),
  unitName: z.string(),
  tasks: count,
  judged: count,
  closedOnTime: count,
  overdue: count,
  closed: count,
  onTimeShare: share,
  eligible: z.boolean(),
  onTimeRank: z.number().int().positive().nullable(),
  overdueRank: z.number().int().positive().nullable(),
});
export type RankedUnitRow = z.infer<typeof rankedUnitSchema>;

export const unitRankingSchema = z.object({
  /** The configured minimum number of tasks for a rank (settings.rankingMinTasks). */
  minTasks: z.number().int().positive(),
  byOnTime: z.array(rankedUnitSchema),
  byOverdue: z.array(rankedUnitSchema),
});
export type UnitRanking = z.infer<typeof unitRankingSchema>;

const openAndOverdue = { open: count, overdue: count };
export const findingBreakdownSchema = z.object({
  bySiteType: z.array(
    z.object({ id: z.uuid(), code: z.string(), name: z.string(), ...openAndOverdue }),
  ),
  byCategory: z.array(
    z.object({ code: z.string(), name: z.string(), nameEn: z.string(), ...openAndOverdue }),
  ),
});
export type FindingBreakdown = z.infer<typeof findingBreakdownSchema>;
