import { z } from "zod";
import { inspectionKindSchema } from "../finding-vocabulary.ts";
import { calendarDateInput, idSchema, longText, pageInput, pageOutput } from "./common.ts";

/** 督查: a team's visit to one or more sites on one day. */
export const createInspectionInputSchema = z.object({
  kind: inspectionKindSchema,
  date: calendarDateInput,
  memberIds: z.array(idSchema).min(1, "inspection.members_required").max(50, "field.too_long"),
  siteIds: z.array(idSchema).min(1, "inspection.sites_required").max(200, "field.too_long"),
  notes: longText(2000).default(""),
});
export type CreateInspectionInput = z.infer<typeof createInspectionInputSchema>;

/** Newest visit first; date bounds are inclusive calendar dates. */
export const listInspectionsInputSchema = z.object({
  kind: inspectionKindSchema.optional(),
  dateFrom: calendarDateInput.optional(),
  dateTo: calendarDateInput.optional(),
  siteId: idSchema.optional(),
  memberId: idSchema.optional(),
  ...pageInput,
});
export type ListInspectionsInput = z.infer<typeof listInspectionsInputSchema>;

export const inspectionIdInput = z.object({ id: idSchema });

/**
 * The inspector's routine inspection of a site today (Beijing), found or created in one step:
 * a field check on the phone needs one, and two sends at once must not make two.
 */
export const todaysInspectionInputSchema = z.object({ siteId: idSchema });

export const inspectionSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  kind: inspectionKindSchema,
  /** YYYY-MM-DD, the day of the visit. */
  date: z.string(),
  notes: z.string(),
  members: z.array(z.object({ id: z.uuid(), displayName: z.string() })),
  sites: z.array(z.object({ id: z.uuid(), name: z.string() })),
  findingCount: z.number().int().nonnegative(),
});
export type InspectionView = z.infer<typeof inspectionSchema>;

export const inspectionListOutputSchema = pageOutput(inspectionSchema);
