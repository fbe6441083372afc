import { formatMessage, type Locale, type MessageKey } from "@cw/domain";
import type { FormRule } from "antd";
import type { z } from "zod";

/**
 * An antd Form rule that checks one field with the server's own zod schema, so the form and
 * the API can never disagree about what is valid. The schemas' messages are keys of the
 * domain's message catalogue ("field.required"), shown here in the user's language just as
 * the server would show them.
 */
export function zodRule<S extends z.ZodObject>(
  schema: S,
  field: keyof S["shape"] & string,
  locale: Locale,
): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const message = fieldError(schema, field, value, locale);
      if (message) throw new Error(message);
    },
  };
}

/**
 * One field checked with the server's zod schema: its message in `locale`, or null when the
 * value is valid. The antd rule above and the sign-in page's plain form (which must not load
 * antd) both read it.
 */
export function fieldError<S extends z.ZodObject>(
  schema: S,
  field: keyof S["shape"] & string,
  value: unknown,
  locale: Locale,
): string | null {
  const result = (schema.shape[field] as z.ZodType).safeParse(value);
  if (result.success) return null;
  // antd leaves a field it never touched undefined: that is a missing value.
  const key = value === undefined ? "field.required" : result.error.issues[0]?.message;
  return messageFor(key, locale);
}

/** Same rule as the server's error formatter: a catalogue key, else "invalid format". */
export function messageFor(key: string | undefined, locale: Locale): string {
  const known = key?.includes(".") ? (key as MessageKey) : "field.invalid";
  return formatMessage(known, locale);
}
