import { createHmac } from "node:crypto";
import { renderSmsRequest, type SmsGatewayInput } from "@cw/domain";
import nodemailer, { type Transporter } from "nodemailer";
import { type DeliveryConfig, smtpHost } from "./delivery-config.ts";

/** A provider's answer: sent, or failed with what it said (kept in the delivery log). */
export type SendResult = { ok: boolean; answer: string };

export interface OutgoingMessage {
  title: string;
  body: string;
}

const TIMEOUT_MS = 10_000;
const clip = (text: string) => text.replace(/\s+/g, " ").trim().slice(0, 500);

const transports = new Map<string, Transporter>();

export async function sendEmail(
  config: DeliveryConfig,
  to: string,
  message: OutgoingMessage,
  messageId?: string,
): Promise<SendResult> {
  if (!config.smtpUrl) return { ok: false, answer: "SMTP_URL is not configured" };
  let transport = transports.get(config.smtpUrl);
  if (!transport) {
    const url = new URL(config.smtpUrl);
    transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (url.protocol === "smtps:" ? 465 : 587)),
      secure: url.protocol === "smtps:",
      ...(url.username
        ? {
            auth: {
              user: decodeURIComponent(url.username),
              pass: decodeURIComponent(url.password),
            },
          }
        : {}),
      // A local relay without TLS (or a test server) is allowed; STARTTLS when offered.
      ignoreTLS: url.searchParams.get("tls") === "off",
      connectionTimeout: TIMEOUT_MS,
      greetingTimeout: TIMEOUT_MS,
      socketTimeout: 2 * TIMEOUT_MS,
    });
    transports.set(config.smtpUrl, transport);
  }
  try {
    const info = await transport.sendMail({
      from: config.mailFrom,
      to,
      subject: message.title,
      text: message.body,
      ...(messageId ? { messageId } : {}),
    });
    return { ok: true, answer: clip(String(info.response ?? "accepted")) };
  } catch (error) {
    // The SMTP URL's credentials are never part of the answer: only its host.
    return { ok: false, answer: clip(`${smtpHost(config.smtpUrl)}: ${(error as Error).message}`) };
  }
}

async function postJson(url: string, payload: unknown): Promise<SendResult> {
  try {
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await res.text();
    if (!res.ok) return { ok: false, answer: clip(`HTTP ${res.status} ${text}`) };
    let answer: { errcode?: number; errmsg?: string };
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {
      return { ok: false, answer: clip(`HTTP ${res.status}, not JSON: ${text}`) };
    }
    return answer.errcode === 0
      ? { ok: true, answer: clip(`errcode 0 ${answer.errmsg ?? ""}`) }
      : { ok: false, answer: clip(`errcode ${answer.errcode} ${answer.errmsg ?? ""}`) };
  } catch (error) {
    // The URL carries the robot's key: the answer names only the failure.
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
    return {
      ok: false,
      answer: clip(`${(error as Error).name}: ${cause ?? (error as Error).message}`),
    };
  }
}

const content = (m: OutgoingMessage) => `${m.title}\n${m.body}`;

/** 企业微信 group robot: the key is in the URL; the person is @-mentioned by user id. */
export function sendWecom(webhookUrl: string, mention: string | null, m: OutgoingMessage) {
  return postJson(webhookUrl, {
    msgtype: "text",
    text: { content: content(m), mentioned_list: mention ? [mention] : [] },
  });
}

/** 钉钉 加签: base64(HMAC-SHA256(secret, `${timestamp}\n${secret}`)), URL-encoded. */
export function dingtalkSignature(secret: string, timestamp: number): string {
  return createHmac("sha256", secret).update(`${timestamp}\n${secret}`).digest("base64");
}

export function sendDingtalk(
  webhookUrl: string,
  secret: string | null,
  mention: string | null,
  m: OutgoingMessage,
  timestamp: number,
) {
  const url = new URL(webhookUrl);
  if (secret) {
    url.searchParams.set("timestamp", String(timestamp));
    url.searchParams.set("sign", dingtalkSignature(secret, timestamp));
  }
  return postJson(url.toString(), {
    msgtype: "text",
    text: { content: content(m) },
    at: { atUserIds: mention ? [mention] : [], isAtAll: false },
  });
}

/** SMS through the city's HTTP gateway; any 2xx answer is a sent message. */
export async function sendSms(
  gateway: SmsGatewayInput,
  secret: string,
  mobile: string,
  m: OutgoingMessage,
): Promise<SendResult> {
  const req = renderSmsRequest(gateway, { mobile, text: `${m.title} ${m.body}`, secret });
  try {
    const res = await fetch(req.url, {
      method: req.method,
      ...(req.method === "POST"
        ? { headers: { "content-type": req.contentType }, body: req.body }
        : {}),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = clip(`HTTP ${res.status} ${await res.text()}`);
    return { ok: res.ok, answer: secret ? text.replaceAll(secret, "***") : text };
  } catch (error) {
    const cause = (error as Error & { cause?: { code?: string } }).cause?.code;
    return {
      ok: false,
      answer: clip(`${(error as Error).name}: ${cause ?? (error as Error).message}`),
    };
  }
}
