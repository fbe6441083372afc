import type { Locale } from "@cw/domain";
import type { FormRule } from "antd";
import { z } from "zod";
import { zodRule } from "../lib/zod-rule.ts";

/**
 * zodRule for a schema that is not a top-level field of an object schema (a nested weight, a
 * tuple item): wrapped in a one-field object so the message lookup stays the same as forms
 * elsewhere. `map` converts what the user types (MB) to what the server stores (bytes).
 */
export function ruleOf(schema: z.ZodType, locale: Locale, map?: (v: number) => number): FormRule {
  const rule = zodRule(z.object({ v: schema }), "v", locale);
  if (!map || typeof rule === "function") return rule;
  return {
    validator: (r, value: unknown) =>
      rule.validator?.(
        r,
        typeof value === "number" ? map(value) : value,
        () => {},
      ) as Promise<void>,
  };
}

/** Optional form fields antd leaves undefined are sent as null, which the schemas accept. */
export function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}
