import { z } from "zod";
import { WARNING_LEVELS } from "../overdue.ts";
import { idSchema } from "./common.ts";

/** The site map's filters: the site's responsible unit (包保单位) and its type. */
export const siteMapInputSchema = z.object({
  unitId: idSchema.optional(),
  siteTypeId: idSchema.optional(),
});
export type SiteMapInput = z.infer<typeof siteMapInputSchema>;

export const siteMapPointSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  siteTypeId: z.uuid(),
  siteTypeName: z.string(),
  unitId: z.uuid(),
  unitName: z.string(),
  /** Open tasks, and those of each warning colour (task-filters.ts). */
  open: z.number().int().nonnegative(),
  red: z.number().int().nonnegative(),
  yellow: z.number().int().nonnegative(),
  blue: z.number().int().nonnegative(),
  /** The worst warning among its open tasks; null when none has one. */
  worst: z.enum(WARNING_LEVELS).nullable(),
});
export type SiteMapPoint = z.infer<typeof siteMapPointSchema>;
export const siteMapOutputSchema = z.array(siteMapPointSchema);
