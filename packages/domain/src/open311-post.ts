import { z } from "zod";
import type { MessageKey } from "./messages.ts";
import { latitudeSchema, longitudeSchema, textInput } from "./schemas/common.ts";
import { MOBILE_PATTERN } from "./schemas/unit-contacts.ts";

/**
 * Open311 GeoReport v2 POST requests.json (decision 0026): the spec's fields, checked here so
 * the route only wires the body to these and to @cw/db. What is posted becomes a report in the
 * coordinators' triage queue, not a finding: the answer is a token (the report's tracking
 * code), and the service_request_id once a coordinator accepted or merged it.
 */
export const OPEN311_DESCRIPTION_MAX = 2000;
const ATTRIBUTES_MAX = 20;

export interface Open311PostFields {
  serviceCode: string;
  latitude?: number;
  longitude?: number;
  addressString?: string;
  /** Our own address_id (the site's code, as GET requests.json writes it). */
  addressId?: string;
  description: string;
  mediaUrl?: string;
  /** The caller's number (the hotline's `phone`): kept for a reply, never output. */
  phone?: string;
  attributes: Record<string, string>;
}

export type Open311PostParse =
  | { ok: true; fields: Open311PostFields }
  | { ok: false; param: string; key: MessageKey; params?: Record<string, string> };

const coordinate = (schema: z.ZodNumber) =>
  z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,12})?$/, "field.invalid_coordinate")
    .transform(Number)
    .pipe(schema);

const fieldsSchema = z.object({
  service_code: textInput()
    .trim()
    .min(1, "open311.service_code_required")
    .max(64, "field.too_long"),
  lat: coordinate(latitudeSchema).optional(),
  long: coordinate(longitudeSchema).optional(),
  address_string: textInput().trim().max(300, "field.too_long").optional(),
  address_id: textInput().trim().max(64, "field.too_long").optional(),
  description: textInput()
    .trim()
    .min(1, "open311.description_required")
    .max(OPEN311_DESCRIPTION_MAX, "field.too_long"),
  media_url: textInput()
    .trim()
    .max(2000, "field.too_long")
    .regex(/^https?:\/\/\S+$/i, "open311.media_url_invalid")
    .optional(),
  phone: textInput().trim().max(32, "field.too_long").optional(),
});

const KNOWN_KEYS: MessageKey[] = [
  "open311.service_code_required",
  "open311.description_required",
  "open311.media_url_invalid",
  "field.invalid_coordinate",
  "field.too_long",
  "field.invalid_text",
];

/** Parses the posted form (urlencoded or multipart text fields), empty values as not given. */
export function parseOpen311Post(params: Record<string, string>): Open311PostParse {
  const given = Object.fromEntries(
    Object.entries(params).filter(([, value]) => value.trim() !== ""),
  );
  if (!given.service_code)
    return { ok: false, param: "service_code", key: "open311.service_code_required" };
  const parsed = fieldsSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = KNOWN_KEYS.find((k) => k === issue?.message) ?? "field.invalid";
    return { ok: false, param: String(issue?.path[0] ?? "body"), key };
  }
  const p = parsed.data;
  const hasPosition = p.lat !== undefined && p.long !== undefined;
  if ((p.lat === undefined) !== (p.long === undefined))
    return {
      ok: false,
      param: p.lat === undefined ? "lat" : "long",
      key: "field.invalid_coordinate",
    };
  if (!hasPosition && !p.address_string && !p.address_id)
    return { ok: false, param: "lat", key: "open311.position_required" };
  const attributes: Record<string, string> = {};
  for (const [name, value] of Object.entries(given)) {
    const m = /^attribute\[([^\]]{1,64})\]$/.exec(name);
    if (m && Object.keys(attributes).length < ATTRIBUTES_MAX)
      attributes[m[1] as string] = value.slice(0, 500);
  }
  const phone = p.phone?.replace(/[\s-]/g, "");
  return {
    ok: true,
    fields: {
      serviceCode: p.service_code,
      ...(hasPosition ? { latitude: p.lat as number, longitude: p.long as number } : {}),
      ...(p.address_string ? { addressString: p.address_string } : {}),
      ...(p.address_id ? { addressId: p.address_id } : {}),
      description: p.description,
      ...(p.media_url ? { mediaUrl: p.media_url } : {}),
      // Only a mobile number is kept (a reply goes by SMS); anything else is dropped.
      ...(phone && MOBILE_PATTERN.test(phone) ? { phone } : {}),
      attributes,
    },
  };
}
