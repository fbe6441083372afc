import { z } from "zod";

// The shared primitives every procedure's input is built from. Text and dates are checked at
// the edge for what the database can store and the screens can show: PostgreSQL refuses the
// NUL character (U+0000) in text, a lone UTF-16 surrogate cannot be encoded as UTF-8, and a
// campaign record from before 1900 or after 2100 is a typo (and a year past 9999 cannot be
// read back as a date at all).

/** The first and last day the product stores (inclusive). */
export const FIRST_DATE = "1900-01-01";
export const LAST_DATE = "2100-12-31";
const FIRST_INSTANT = new Date(`${FIRST_DATE}T00:00:00.000+08:00`);
const LAST_INSTANT = new Date(`${LAST_DATE}T23:59:59.999+08:00`);

/** NUL, or a high surrogate without its low half, or a low surrogate without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when the text can be stored and shown as written. */
export const isStorableText = (value: string): boolean =>
  !value.includes("\u0000") && !LONE_SURROGATE.test(value);

/** Any text from a client: refuses NUL and lone surrogates (`field.invalid_text`). */
export const textInput = () => z.string().refine(isStorableText, "field.invalid_text");

export const idSchema = z.uuid();
/** A calendar day (YYYY-MM-DD) between FIRST_DATE and LAST_DATE. */
export const calendarDateInput = z.iso
  .date({ error: "field.invalid_date" })
  .refine((value) => value >= FIRST_DATE && value <= LAST_DATE, "field.date_out_of_range");
/** An instant (a Date, or a string/number a Date can be built from) within the same days. */
export const timestampInput = z.coerce
  .date({ error: "field.invalid_timestamp" })
  .min(FIRST_INSTANT, "field.date_out_of_range")
  .max(LAST_INSTANT, "field.date_out_of_range");
export const latitudeSchema = z
  .number()
  .min(-90, "field.invalid_coordinate")
  .max(90, "field.invalid_coordinate");
export const longitudeSchema = z
  .number()
  .min(-180, "field.invalid_coordinate")
  .max(180, "field.invalid_coordinate");
export const shortText = (max = 200) =>
  textInput().trim().min(1, "field.required").max(max, "field.too_long");
export const longText = (max = 2000) => textInput().trim().max(max, "field.too_long");
/** Optional free text (a search box, a file name): trimmed, may be empty. */
export const searchText = (max = 100) => textInput().trim().max(max, "field.too_long");

/** Cursor pagination: pass back `nextCursor` to get the next page. */
export const pageInput = {
  cursor: textInput().max(200, "field.too_long").optional(),
  limit: z.number().int().min(1).max(200).default(50),
};
export const pageOutput = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });
