import type { Database } from "@cw/db";
import { type AppServerOptions, createAppServer } from "../../src/http/app-server.ts";

/** The real HTTP server in-process on a free port of 127.0.0.1, with a controllable clock. */
export async function startHttp(
  db: Database,
  clock: { now: Date } = { now: new Date() },
  options: Partial<AppServerOptions> = {},
) {
  const app = await createAppServer({
    db,
    webRoot: "/nonexistent",
    now: () => clock.now,
    ...options,
  });
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  return { base, clock, app, close: () => app.close() };
}

/** A tRPC call over HTTP with superjson's envelope. */
export async function trpcHttp(
  base: string,
  path: string,
  options: {
    input?: unknown;
    cookie?: string;
    lang?: string;
    method?: "GET" | "POST";
    rawBody?: string;
  } = {},
) {
  const method = options.method ?? "POST";
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.lang) headers["accept-language"] = options.lang;
  const envelope = JSON.stringify({ json: options.input });
  const url =
    method === "GET"
      ? `${base}/trpc/${path}?input=${encodeURIComponent(envelope)}`
      : `${base}/trpc/${path}`;
  const response = await fetch(url, {
    method,
    headers,
    ...(method === "POST" ? { body: options.rawBody ?? envelope } : {}),
  });
  const body = (await response.json()) as {
    result?: { data: { json: unknown } };
    error?: {
      json: {
        message: string;
        data: {
          code: string;
          httpStatus: number;
          messageKey: string | null;
          fields: Record<string, string>;
        };
      };
    };
  };
  return { status: response.status, body, setCookie: response.headers.get("set-cookie") };
}
