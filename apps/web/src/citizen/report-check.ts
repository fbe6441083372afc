import { type Locale, submitCitizenReportInputSchema } from "@cw/domain";
import { fieldError } from "../lib/zod-rule.ts";

/** The fields a citizen types or picks that the page checks before sending. */
export type CheckedField = "category" | "description" | "mobile";

/**
 * The report's fields checked with the API's own schema (citizenReports.submit's input): the
 * message of each field that would be refused. Its own chunk, fetched when the citizen first
 * types, so zod and the message catalogue stay out of the page's first load (as
 * auth/login-check.ts does for the sign-in page).
 */
export function reportFieldErrors(
  values: Partial<Record<CheckedField, string>>,
  fields: readonly CheckedField[],
  locale: Locale,
): Partial<Record<CheckedField, string>> {
  const errors: Partial<Record<CheckedField, string>> = {};
  for (const field of fields) {
    // An empty optional number is no number: the page sends none.
    if (field === "mobile" && !values.mobile?.trim()) continue;
    const value = field === "mobile" ? values.mobile?.trim() : values[field];
    const message = fieldError(submitCitizenReportInputSchema, field, value, locale);
    if (message) errors[field] = message;
  }
  return errors;
}
