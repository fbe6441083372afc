import { z } from "zod";
import { DomainError } from "../errors.ts";
import type { MessageKey } from "../messages.ts";

/**
 * What an admin configures for the external channels, validated before anything is stored:
 * a unit's group robot (企业微信 / 钉钉) and the city's SMS gateway, a URL template and a body
 * template with {mobile}, {text} and {secret} placeholders.
 */
export const ROBOT_CHANNELS = ["wecom", "dingtalk"] as const;
export type RobotChannel = (typeof ROBOT_CHANNELS)[number];

export const unitChannelInputSchema = z.object({
  unitId: z.uuid(),
  channel: z.enum(ROBOT_CHANNELS),
  webhookUrl: z.string().trim().max(2000),
  /** DingTalk's 加签 secret (SEC…); WeCom robots carry their key in the URL. */
  secret: z.string().trim().max(200).nullable().default(null),
  active: z.boolean().default(true),
});
export type UnitChannelInput = z.infer<typeof unitChannelInputSchema>;

const invalid = (field: string, key: MessageKey) =>
  new DomainError("bad_request", "error.invalid_input", {}, { [field]: key });

function httpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return url.protocol === "https:" || url.protocol === "http:" ? url : null;
  } catch {
    return null;
  }
}

/** The robot's key, which the URL carries: WeCom `key`, DingTalk `access_token`. */
export function robotKeyOf(channel: RobotChannel, webhookUrl: string): string | null {
  const url = httpUrl(webhookUrl);
  return url?.searchParams.get(channel === "wecom" ? "key" : "access_token") || null;
}

/** Refuses a robot URL that is not http(s) or lacks its key, naming the field. */
export function assertRobotConfig(input: UnitChannelInput): void {
  if (!httpUrl(input.webhookUrl)) throw invalid("webhookUrl", "channel.webhook_invalid");
  if (!robotKeyOf(input.channel, input.webhookUrl)) {
    throw invalid(
      "webhookUrl",
      input.channel === "wecom" ? "channel.wecom_key_missing" : "channel.dingtalk_token_missing",
    );
  }
}

/** Shown instead of a secret URL: scheme, host, path and the key's ends only. */
export function maskRobotUrl(channel: RobotChannel, webhookUrl: string): string {
  const url = new URL(webhookUrl);
  const key = robotKeyOf(channel, webhookUrl) ?? "";
  const shown = key.length > 8 ? `${key.slice(0, 4)}…${key.slice(-2)}` : "…";
  return `${url.protocol}//${url.host}${url.pathname}?${channel === "wecom" ? "key" : "access_token"}=${shown}`;
}

export const SMS_PLACEHOLDERS = ["mobile", "text", "secret"] as const;

export const smsGatewayInputSchema = z.object({
  urlTemplate: z.string().trim().min(1).max(2000),
  method: z.enum(["POST", "GET"]).default("POST"),
  contentType: z.enum(["json", "form"]).default("json"),
  bodyTemplate: z.string().max(4000).default(""),
  /** Stored encrypted; the templates name it {secret}. Null keeps the stored one. */
  secret: z.string().max(500).nullable().default(null),
});
export type SmsGatewayInput = z.infer<typeof smsGatewayInputSchema>;

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? "");
}

/** Refuses a gateway whose templates name unknown placeholders, omit {mobile} or {text}, or
 * do not make a valid URL and body. */
export function assertSmsGateway(input: SmsGatewayInput): void {
  for (const [field, template] of [
    ["urlTemplate", input.urlTemplate],
    ["bodyTemplate", input.bodyTemplate],
  ] as const) {
    const unknown = placeholdersOf(template).find(
      (p) => !(SMS_PLACEHOLDERS as readonly string[]).includes(p),
    );
    if (unknown) throw invalid(field, "channel.sms_placeholder_unknown");
  }
  const used = new Set([
    ...placeholdersOf(input.urlTemplate),
    ...placeholdersOf(input.bodyTemplate),
  ]);
  if (!used.has("mobile") || !used.has("text")) {
    throw invalid(
      input.method === "GET" ? "urlTemplate" : "bodyTemplate",
      "channel.sms_placeholders_required",
    );
  }
  const sample = renderSmsRequest(input, { mobile: "13800000000", text: 'x"y', secret: "s" });
  if (!httpUrl(sample.url)) throw invalid("urlTemplate", "channel.webhook_invalid");
  if (input.method === "POST" && input.contentType === "json") {
    try {
      JSON.parse(sample.body);
    } catch {
      throw invalid("bodyTemplate", "channel.sms_body_not_json");
    }
  }
}

/** The request for one SMS: URL placeholders URL-encoded, body placeholders escaped for JSON
 * (inside the template's quotes) or form-encoded. */
export function renderSmsRequest(
  gateway: Pick<SmsGatewayInput, "urlTemplate" | "method" | "contentType" | "bodyTemplate">,
  values: { mobile: string; text: string; secret: string },
): { url: string; method: "POST" | "GET"; contentType: string; body: string } {
  const pick = (name: string) => values[name as keyof typeof values] ?? "";
  const url = gateway.urlTemplate.replace(PLACEHOLDER, (_, n: string) =>
    encodeURIComponent(pick(n)),
  );
  const escapeValue =
    gateway.contentType === "json"
      ? (v: string) => JSON.stringify(v).slice(1, -1)
      : (v: string) => encodeURIComponent(v);
  const body =
    gateway.method === "GET"
      ? ""
      : gateway.bodyTemplate.replace(PLACEHOLDER, (_, n: string) => escapeValue(pick(n)));
  return {
    url,
    method: gateway.method,
    contentType:
      gateway.contentType === "json" ? "application/json" : "application/x-www-form-urlencoded",
    body,
  };
}
