import { z } from "zod";

export const overviewInputSchema = z.object({}).strict().optional();

export const openFindingsBySiteTypeSchema = z.object({
  siteTypeCode: z.string(),
  siteTypeName: z.string(),
  open: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
});

export const overviewOutputSchema = z.object({
  /** Instant the numbers were computed for. */
  asOf: z.date(),
  siteCount: z.number().int().nonnegative(),
  openFindings: z.number().int().nonnegative(),
  overdueFindings: z.number().int().nonnegative(),
  openBySiteType: z.array(openFindingsBySiteTypeSchema),
});
export type Overview = z.infer<typeof overviewOutputSchema>;
