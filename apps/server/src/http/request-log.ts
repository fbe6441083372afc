// Structured request logs (Fastify's pino): one line when a request arrives and one when it is
// answered, each with the request id. Headers and bodies are not logged; the query string's
// API key and anything that slips into a header field are redacted.
import type { Writable } from "node:stream";
import type { FastifyRequest } from "fastify";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/** Query parameters whose values never reach the log (Open311's `api_key`). */
const SECRET_PARAMS = /([?&](?:api_key|apikey|key|token|password)=)[^&#]*/gi;

export const redactUrl = (url: string): string => url.replace(SECRET_PARAMS, "$1[Redacted]");

/** An error as one short log field: its kind, message and where it was thrown, no full stack. */
export function briefError(error: unknown): BriefError {
  if (!(error instanceof Error))
    return { type: typeof error, message: String(error).slice(0, 300), stack: "" };
  const at = error.stack?.split("\n").find((line) => line.trim().startsWith("at "));
  return {
    type: error.name,
    message: error.message.slice(0, 300),
    // One frame, not the whole stack: enough to find the line, too little to flood the log.
    stack: at?.trim() ?? "",
    ...("code" in error && error.code ? { code: String(error.code) } : {}),
  };
}

export interface BriefError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
}

export function loggerOptions(level: LogLevel, stream?: Writable) {
  return {
    level,
    ...(stream ? { stream } : {}),
    // Belt and braces: the serializers below log no headers, but a plugin or a log call that
    // passes a request or headers must not leak these either.
    redact: {
      paths: [
        "req.headers.cookie",
        "req.headers.authorization",
        'req.headers["x-api-key"]',
        'res.headers["set-cookie"]',
        "headers.cookie",
        "headers.authorization",
        'headers["x-api-key"]',
        "password",
        "*.password",
      ],
      censor: "[Redacted]",
    },
    serializers: {
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: redactUrl(req.url),
        remoteAddress: req.ip,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (error: Error) => briefError(error),
    },
  };
}
