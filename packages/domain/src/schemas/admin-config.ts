import { z } from "zod";
import { campaignSettingsSchema } from "../settings.ts";
import { CALENDAR_DAY_KINDS } from "../working-calendar.ts";
import { activeFilterInput, codeSchema } from "./admin-units.ts";
import { calendarDateInput, longText, shortText, textInput } from "./common.ts";

// Finding categories (问题类别). The code is the key findings refer to, so it never changes.
const deadlineDaysSchema = z
  .number()
  .int("field.invalid")
  .min(1, "field.out_of_range")
  .max(60, "field.out_of_range");
const sortOrderSchema = z
  .number()
  .int("field.invalid")
  .min(0, "field.out_of_range")
  .max(9999, "field.out_of_range");

export const createCategoryInputSchema = z.object({
  code: codeSchema(64),
  name: shortText(64),
  nameEn: shortText(64),
  /** Working days a unit gets to fix a finding of this category. */
  defaultDeadlineDays: deadlineDaysSchema,
  sortOrder: sortOrderSchema.default(0),
});
export type CreateCategoryInput = z.infer<typeof createCategoryInputSchema>;
export const updateCategoryInputSchema = z.object({
  code: textInput().trim().min(1, "field.required").max(64, "field.too_long"),
  name: shortText(64).optional(),
  nameEn: shortText(64).optional(),
  defaultDeadlineDays: deadlineDaysSchema.optional(),
  sortOrder: sortOrderSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateCategoryInput = z.infer<typeof updateCategoryInputSchema>;
export const listCategoriesInputSchema = activeFilterInput;

export const categorySchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  defaultDeadlineDays: z.number().int(),
  sortOrder: z.number().int(),
  active: z.boolean(),
});
export type CategoryOutput = z.infer<typeof categorySchema>;
export const categoryListOutputSchema = z.array(categorySchema);

// The city's own calendar days on top of the official one.
export const listCalendarInputSchema = z.object({
  year: z
    .number()
    .int("field.invalid")
    .min(2000, "field.out_of_range")
    .max(2100, "field.out_of_range"),
});
export const setCalendarDayInputSchema = z.object({
  date: calendarDateInput,
  kind: z.enum(CALENDAR_DAY_KINDS),
  note: longText(200).default(""),
});
export type SetCalendarDayInput = z.infer<typeof setCalendarDayInputSchema>;
export const calendarDateOnlyInput = z.object({ date: calendarDateInput });

export const calendarDaySchema = z.object({
  date: z.string(),
  kind: z.enum(CALENDAR_DAY_KINDS),
  note: z.string(),
});
export type CalendarDayOutput = z.infer<typeof calendarDaySchema>;
export const calendarListOutputSchema = z.array(calendarDaySchema);

// Settings: an update names only what changes. The stored schema's defaults are unwrapped
// here, because `.partial()` would fill every missing key with its default and silently
// reset what the admin did not touch.
type SettingsShape = typeof campaignSettingsSchema.shape;
const partialShape = Object.fromEntries(
  Object.entries(campaignSettingsSchema.shape).map(([key, field]) => [
    key,
    field.unwrap().optional(),
  ]),
) as { [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]["unwrap"]>> };
export const updateSettingsInputSchema = z.strictObject(partialShape);
export type UpdateSettingsInput = z.infer<typeof updateSettingsInputSchema>;
export const settingsOutputSchema = campaignSettingsSchema;
