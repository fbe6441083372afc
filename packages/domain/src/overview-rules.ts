import { isOverdue, type OverdueCriteria, overdueCriteria, type TaskTiming } from "./overdue.ts";
import { addCalendarDays, type CalendarDate, shanghaiDate } from "./shanghai-time.ts";

export * from "./overview-weeks.ts";

/**
 * The leader overview's definitions. The database computes the numbers (translated once in
 * @cw/db's task-filters.ts and queries/overview-*.ts); these are the rules it follows, as
 * plain functions and constants, so a test or a reader can check one number by hand.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Closed out (销号): verified fixed or fixed on the spot. A cancelled duplicate is no closure. */
export const CLOSED_STATUS = "closed";

export interface ClosedTiming extends TaskTiming {
  closedAt: Date | null;
}

/**
 * Closed on time: closed before the instant the task would have turned overdue (`dueAt`,
 * 00:00 Beijing time after the deadline day), so closing on the deadline day itself counts.
 * As data for SQL (translated once in @cw/db's task-filters.ts) and as the predicate below.
 */
export interface ClosedOnTimeCriteria {
  status: typeof CLOSED_STATUS;
  /** closedAt < dueAt; a task without a deadline or close time is never on time. */
  closedBefore: "dueAt";
}

export const CLOSED_ON_TIME: ClosedOnTimeCriteria = {
  status: CLOSED_STATUS,
  closedBefore: "dueAt",
};

export function isClosedOnTime(task: ClosedTiming): boolean {
  return (
    task.status === CLOSED_ON_TIME.status &&
    task.closedAt !== null &&
    task.dueAt !== null &&
    task.closedAt.getTime() < task.dueAt.getTime()
  );
}

/**
 * Whether a task counts in the on-time share (按期整改率): it is closed and had a deadline, or
 * it is still open past its deadline (it can no longer be closed on time). Open tasks not yet
 * due are not judged. Counting the overdue open ones keeps a unit that closes one task on time
 * and leaves twenty overdue from scoring 100%.
 */
export interface JudgedForOnTimeCriteria {
  /** Closed with a deadline (dueAt not null)… */
  closedStatus: typeof CLOSED_STATUS;
  /** …or overdue. */
  overdue: OverdueCriteria;
}

export function judgedForOnTimeCriteria(now: Date): JudgedForOnTimeCriteria {
  return { closedStatus: CLOSED_STATUS, overdue: overdueCriteria(now) };
}

export function isJudgedForOnTime(task: ClosedTiming, now: Date): boolean {
  const c = judgedForOnTimeCriteria(now);
  return (task.status === c.closedStatus && task.dueAt !== null) || isOverdue(task, now);
}

/** part / whole, or null when there is nothing to divide (shown as "—", never as 0%). */
export function shareOf(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * Days to close: from when the finding was found to close-out, in (fractional) days, over
 * closed tasks. As data for SQL (task-filters.ts) and as the function below.
 */
export const DAYS_TO_CLOSE = {
  status: CLOSED_STATUS,
  from: "foundAt",
  to: "closedAt",
  dayMs: DAY_MS,
} as const;

export function daysToClose(foundAt: Date, closedAt: Date): number {
  return (closedAt.getTime() - foundAt.getTime()) / DAYS_TO_CLOSE.dayMs;
}

/** Overdue aging: which day of being overdue a task is on (day 1 starts at dueAt). */
export const AGING_BUCKETS = [
  { key: "1-3", minDays: 1, maxDays: 3 },
  { key: "4-7", minDays: 4, maxDays: 7 },
  { key: "8-14", minDays: 8, maxDays: 14 },
  { key: "15+", minDays: 15, maxDays: null },
] as const;
export type AgingBucketKey = (typeof AGING_BUCKETS)[number]["key"];
export const AGING_BUCKET_KEYS = AGING_BUCKETS.map((b) => b.key) as [
  AgingBucketKey,
  ...AgingBucketKey[],
];

export function daysOverdue(dueAt: Date, now: Date): number {
  return Math.floor((now.getTime() - dueAt.getTime()) / DAY_MS) + 1;
}

export function agingBucketOf(days: number): AgingBucketKey {
  // The last bucket has no upper bound, so find always finds one.
  const bucket = AGING_BUCKETS.find((b) => b.maxDays === null || days <= b.maxDays);
  return bucket?.key ?? "15+";
}

export interface AgingBucketRange {
  key: AgingBucketKey;
  /** For SQL, together with the overdue rule: dueAt > dueAtAfter (null: no lower bound). */
  dueAtAfter: Date | null;
  /**
   * The same bucket as deadline dates (inclusive), for the task list behind a bar. dueAt is
   * always 00:00 Beijing after the deadline, so day d overdue ⟺ deadline = today − d.
   */
  deadlineFrom: CalendarDate | null;
  deadlineTo: CalendarDate;
}

export function agingBucketRanges(now: Date): AgingBucketRange[] {
  const today = shanghaiDate(now);
  return AGING_BUCKETS.map((b) => ({
    key: b.key,
    dueAtAfter: b.maxDays === null ? null : new Date(now.getTime() - b.maxDays * DAY_MS),
    deadlineFrom: b.maxDays === null ? null : addCalendarDays(today, -b.maxDays),
    deadlineTo: addCalendarDays(today, -b.minDays),
  }));
}

/** One responsible unit's aggregated counts, as the database returns them. */
export interface UnitTaskCounts {
  unitId: string;
  unitName: string;
  /** Every task dispatched to the unit that matches the filters. */
  tasks: number;
  judged: number;
  closedOnTime: number;
  overdue: number;
  /** Closed out (CLOSED_STATUS), on time or not. */
  closed: number;
}

export interface RankedUnit extends UnitTaskCounts {
  onTimeShare: number | null;
  /** Has at least the configured minimum of tasks; others are listed but not ranked. */
  eligible: boolean;
  /** 1 = best on-time share; ties share a rank (1, 2, 2, 4). Null when not ranked. */
  onTimeRank: number | null;
  /** 1 = most overdue tasks; ties share a rank. Null when not ranked. */
  overdueRank: number | null;
}

/** Competition ranking ("1, 2, 2, 4") of the rows in order, by a key where equal means tied. */
function competitionRanks<T>(rows: readonly T[], key: (row: T) => number): Map<T, number> {
  const ranks = new Map<T, number>();
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    const tied = previous !== undefined && key(previous) === key(row);
    ranks.set(row, tied ? (ranks.get(previous) as number) : i + 1);
  });
  return ranks;
}

const byName = (a: UnitTaskCounts, b: UnitTaskCounts) => a.unitName.localeCompare(b.unitName, "zh");

/**
 * Ranks units by on-time share (high first) and by overdue count (high first: the units that
 * lag). A unit with fewer than `minTasks` tasks, or none judged yet for the on-time share, is
 * listed after the ranked ones without a rank.
 */
export function rankUnits(rows: readonly UnitTaskCounts[], minTasks: number) {
  const units: RankedUnit[] = rows.map((row) => ({
    ...row,
    onTimeShare: shareOf(row.closedOnTime, row.judged),
    eligible: row.tasks >= minTasks,
    onTimeRank: null,
    overdueRank: null,
  }));
  const share = (u: RankedUnit) => u.onTimeShare ?? -1;
  const onTime = units
    .filter((u) => u.eligible && u.onTimeShare !== null)
    .sort((a, b) => share(b) - share(a) || byName(a, b));
  for (const [u, rank] of competitionRanks(onTime, share)) u.onTimeRank = rank;
  const overdue = units
    .filter((u) => u.eligible)
    .sort((a, b) => b.overdue - a.overdue || byName(a, b));
  for (const [u, rank] of competitionRanks(overdue, (x) => x.overdue)) u.overdueRank = rank;

  const unrankedLast = (rank: (u: RankedUnit) => number | null) => (a: RankedUnit, b: RankedUnit) =>
    (rank(a) ?? Number.POSITIVE_INFINITY) - (rank(b) ?? Number.POSITIVE_INFINITY);
  return {
    byOnTime: [...units].sort(
      (a, b) => unrankedLast((u) => u.onTimeRank)(a, b) || share(b) - share(a) || byName(a, b),
    ),
    byOverdue: [...units].sort(
      (a, b) => unrankedLast((u) => u.overdueRank)(a, b) || b.overdue - a.overdue || byName(a, b),
    ),
  };
}
