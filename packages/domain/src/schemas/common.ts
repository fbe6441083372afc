import { z } from "zod";

export const idSchema = z.uuid();
export const calendarDateInput = z.iso.date({ error: "field.invalid_date" });
export const latitudeSchema = z
  .number()
  .min(-90, "field.invalid_coordinate")
  .max(90, "field.invalid_coordinate");
export const longitudeSchema = z
  .number()
  .min(-180, "field.invalid_coordinate")
  .max(180, "field.invalid_coordinate");
export const shortText = (max = 200) =>
  z.string().trim().min(1, "field.required").max(max, "field.too_long");
export const longText = (max = 2000) => z.string().trim().max(max, "field.too_long");

/** Cursor pagination: pass back `nextCursor` to get the next page. */
export const pageInput = {
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50),
};
export const pageOutput = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
