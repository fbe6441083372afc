/**
 * 蓝/黄/红 warnings: red = overdue; yellow = behind (unclaimed, or sent back for rework); blue =
 * due soon. Its own module, free of the schemas: the board's legend shows them on its first
 * screen, which loads no zod (issue 15). overdue.ts decides which level a task has.
 */
export const WARNING_LEVELS = ["red", "yellow", "blue"] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];
