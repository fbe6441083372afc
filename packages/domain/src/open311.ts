import { z } from "zod";
import { formatMessage, type Locale, type MessageKey } from "./messages.ts";
import type { Open311Status } from "./open311-shapes.ts";
import { FIRST_DATE, LAST_DATE, textInput } from "./schemas/common.ts";
import { addCalendarDays, startOfShanghaiDay } from "./shanghai-time.ts";

/**
 * The Open311 GeoReport v2 read interface (docs/decisions/0005): query parsing and the
 * spec's error format here, the spec's shapes in open311-shapes.ts. Pure, so the HTTP layer
 * only wires requests to these and to @cw/db.
 */
export * from "./open311-shapes.ts";

export const OPEN311_MAX_PAGE_SIZE = 1000;
/** The spec: without start_date and end_date, the last 90 days. */
export const OPEN311_DEFAULT_WINDOW_DAYS = 90;

// ---- errors in the spec's format: [{ code, description }] -----------------------------------

export interface Open311Error {
  code: number;
  description: string;
}

export function open311Errors(
  code: number,
  key: MessageKey,
  locale: Locale,
  options: { param?: string; params?: Record<string, string | number> } = {},
): Open311Error[] {
  const text = formatMessage(key, locale, options.params);
  return [{ code, description: options.param ? `${options.param}: ${text}` : text }];
}

// ---- GET requests: filters ---------------------------------------------------------------------

export interface Open311RequestsQuery {
  /** Finding codes; when given, every other filter is ignored (the spec). */
  ids?: string[];
  serviceCodes?: string[];
  status?: Open311Status;
  /** requested_datetime >= from and <= to. */
  from?: Date;
  to?: Date;
  take: number;
  skip: number;
}

const csv = z
  .string()
  .transform((s) => s.split(",").map((part) => part.trim()))
  .pipe(z.array(textInput().min(1, "field.invalid").max(100, "field.too_long")).max(1000));

// A "+" left unencoded in a query string arrives as a space; clients often forget %2B.
const restorePlus = (value: string) => value.replace(/ (\d{2}:?\d{2})$/, "+$1");
const dateParam = z
  .string()
  .transform(restorePlus)
  .pipe(
    z.union(
      [
        z.iso.datetime({ offset: true }),
        z.iso.datetime({ offset: true, precision: -1 }), // hh:mm, as the W3C note allows
        z.iso.date(),
      ],
      { error: "field.invalid_date" },
    ),
  )
  .refine((v) => v.slice(0, 10) >= FIRST_DATE && v.slice(0, 10) <= LAST_DATE, {
    error: "field.date_out_of_range",
  });
const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, "field.invalid")
    .transform(Number)
    .pipe(z.number().int().min(1, "field.invalid").max(max, "field.invalid"));

const requestsParamsSchema = z.object({
  service_request_id: csv.optional(),
  service_code: csv.optional(),
  status: csv.pipe(z.array(z.enum(["open", "closed"], "field.invalid"))).optional(),
  start_date: dateParam.optional(),
  end_date: dateParam.optional(),
  page_size: positiveInt(OPEN311_MAX_PAGE_SIZE).optional(),
  page: positiveInt(1_000_000).optional(),
});

/** A date alone is a whole day in Beijing: start_date from its 00:00, end_date through its end. */
function instant(value: string, edge: "start" | "end"): Date {
  if (value.length > 10) return new Date(value);
  const day = edge === "start" ? value : addCalendarDays(value, 1);
  const start = startOfShanghaiDay(day);
  return edge === "start" ? start : new Date(start.getTime() - 1);
}

const PARAM_ERROR_KEYS: MessageKey[] = [
  "field.invalid",
  "field.invalid_date",
  "field.date_out_of_range",
  "field.invalid_text",
  "field.too_long",
];

export type Open311ParseResult =
  | { ok: true; query: Open311RequestsQuery }
  | { ok: false; param: string; key: MessageKey };

export function parseOpen311RequestsQuery(
  params: Record<string, string>,
  now: Date,
): Open311ParseResult {
  // An empty parameter (`status=`) means "not given", as many clients send every field.
  const given = Object.entries(params).filter(([, value]) => value.trim() !== "");
  const parsed = requestsParamsSchema.safeParse(Object.fromEntries(given));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = PARAM_ERROR_KEYS.find((k) => k === issue?.message) ?? "field.invalid";
    return { ok: false, param: String(issue?.path[0] ?? "query"), key };
  }
  const p = parsed.data;
  const take = p.page_size ?? OPEN311_MAX_PAGE_SIZE;
  const skip = ((p.page ?? 1) - 1) * take;
  if (p.service_request_id) return { ok: true, query: { ids: p.service_request_id, take, skip } };
  const statuses = new Set(p.status ?? []);
  const noDates = p.start_date === undefined && p.end_date === undefined;
  const windowStart = new Date(now.getTime() - OPEN311_DEFAULT_WINDOW_DAYS * 86_400_000);
  const query: Open311RequestsQuery = { take, skip };
  if (p.service_code) query.serviceCodes = p.service_code;
  if (statuses.size === 1) query.status = [...statuses][0];
  if (noDates) query.from = windowStart;
  if (p.start_date) query.from = instant(p.start_date, "start");
  if (p.end_date) query.to = instant(p.end_date, "end");
  return { ok: true, query };
}
