/**
 * The task list's vocabularies, without the schemas that check them: the search bar reads
 * them on the board's first screen, which loads no zod (issue 15).
 *
 * How a task stands in time or in the queue: `extension_requested` awaits a decision on more
 * time; `escalated` received at least one 督办 notice (it carries the 督办 mark).
 */
export const TASK_TIMING_FILTERS = [
  "overdue",
  "due_soon",
  "unclaimed",
  "extension_requested",
  "escalated",
] as const;
export type TaskTimingFilter = (typeof TASK_TIMING_FILTERS)[number];
export const LIST_SORTS = ["found_desc", "found_asc", "due_asc", "updated_desc"] as const;
