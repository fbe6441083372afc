import type { AddressInfo } from "node:net";
import type { Database } from "@cw/db";
import { createAppServer } from "../../src/http/app-server.ts";

/** The real HTTP server in-process on a free port, with a controllable clock. */
export async function startHttp(db: Database, clock: { now: Date } = { now: new Date() }) {
  const server = createAppServer({ db, webRoot: "/nonexistent", now: () => clock.now });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    clock,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
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
