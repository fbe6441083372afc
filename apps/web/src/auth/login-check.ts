import { type Locale, loginInputSchema } from "@cw/domain";
import { fieldError } from "../lib/zod-rule.ts";

export type LoginField = "username" | "password" | "totpCode";
export type LoginValues = Partial<Record<LoginField, string>>;

/**
 * The sign-in form's fields checked with the API's own schema (auth.login's input): the
 * message of each field that would be refused. Its own chunk, fetched when the user first
 * types or submits, so zod and the message catalogue stay out of the sign-in page's load.
 */
export function loginFieldErrors(
  values: LoginValues,
  fields: readonly LoginField[],
  locale: Locale,
): Partial<Record<LoginField, string>> {
  const errors: Partial<Record<LoginField, string>> = {};
  for (const field of fields) {
    const message = fieldError(loginInputSchema, field, values[field], locale);
    if (message) errors[field] = message;
  }
  return errors;
}
