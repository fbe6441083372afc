import { z } from "zod";
import { activeFilterInput, clearableText, codeSchema } from "./admin-units.ts";
import {
  idSchema,
  latitudeSchema,
  longitudeSchema,
  pageInput,
  pageOutput,
  searchText,
  shortText,
} from "./common.ts";
import { mobileSchema } from "./unit-contacts.ts";

const sortOrderSchema = z
  .number()
  .int("field.invalid")
  .min(0, "field.out_of_range")
  .max(9999, "field.out_of_range");

const siteTypeFields = {
  code: codeSchema(),
  name: shortText(64),
  sortOrder: sortOrderSchema.default(0),
};
export const createSiteTypeInputSchema = z.object(siteTypeFields);
export type CreateSiteTypeInput = z.infer<typeof createSiteTypeInputSchema>;
export const updateSiteTypeInputSchema = z.object({
  id: idSchema,
  code: siteTypeFields.code.optional(),
  name: siteTypeFields.name.optional(),
  sortOrder: sortOrderSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateSiteTypeInput = z.infer<typeof updateSiteTypeInputSchema>;
export const listSiteTypesInputSchema = activeFilterInput;

export const siteTypeSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** Active sites of this type. */
  siteCount: z.number().int().nonnegative(),
});
export type SiteTypeOutput = z.infer<typeof siteTypeSchema>;
export const siteTypeListOutputSchema = z.array(siteTypeSchema);

/**
 * The site's own on-site contact (包保责任人): a name and mobile, and the user if they sign in
 * — suggested as owner when a finding here is dispatched to the site's unit.
 */
const siteContactFields = {
  contactName: clearableText(64),
  contactMobile: mobileSchema,
  contactUserId: idSchema.nullable().optional(),
};

const siteFields = {
  code: codeSchema(),
  name: shortText(100),
  siteTypeId: idSchema,
  address: shortText(200),
  latitude: latitudeSchema,
  longitude: longitudeSchema,
  /** 包保单位: the unit answerable for the site. */
  responsibleUnitId: idSchema,
  gridId: idSchema.nullable().optional(),
  /** 重点点位: visited first and reported separately. */
  isKeySite: z.boolean().default(false),
  ...siteContactFields,
};
export const createSiteInputSchema = z.object(siteFields);
export type CreateSiteInput = z.infer<typeof createSiteInputSchema>;
export const updateSiteInputSchema = z.object({
  id: idSchema,
  code: siteFields.code.optional(),
  name: siteFields.name.optional(),
  siteTypeId: idSchema.optional(),
  address: siteFields.address.optional(),
  latitude: latitudeSchema.optional(),
  longitude: longitudeSchema.optional(),
  responsibleUnitId: idSchema.optional(),
  gridId: idSchema.nullable().optional(),
  isKeySite: z.boolean().optional(),
  ...siteContactFields,
  active: z.boolean().optional(),
});
export type UpdateSiteInput = z.infer<typeof updateSiteInputSchema>;

export const listSitesInputSchema = z.object({
  unitId: idSchema.optional(),
  siteTypeId: idSchema.optional(),
  gridId: idSchema.optional(),
  isKeySite: z.boolean().optional(),
  active: z.boolean().optional(),
  /** Matches name, code or address. */
  text: searchText().optional(),
  ...pageInput,
});
export type ListSitesInput = z.infer<typeof listSitesInputSchema>;
export const siteIdInput = z.object({ id: idSchema });

export const adminSiteSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  siteTypeId: z.uuid(),
  siteTypeName: z.string(),
  address: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  responsibleUnitId: z.uuid(),
  responsibleUnitName: z.string(),
  gridId: z.uuid().nullable(),
  gridName: z.string().nullable(),
  isKeySite: z.boolean(),
  contactName: z.string().nullable(),
  contactMobile: z.string().nullable(),
  contactUserId: z.uuid().nullable(),
  contactUserName: z.string().nullable(),
  active: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export type AdminSite = z.infer<typeof adminSiteSchema>;
export const siteListOutputSchema = pageOutput(adminSiteSchema);
