import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type AnonymousServiceContext,
  type Database,
  getOpen311Client,
  getOpen311Photo,
  listOpen311Requests,
  listOpen311Services,
} from "@cw/db";
import {
  type Locale,
  type MessageKey,
  type Open311Error,
  open311Errors,
  parseOpen311RequestsQuery,
  pickLocale,
  toOpen311Request,
  toOpen311Service,
} from "@cw/domain";
import { requestServices } from "../context.ts";

/**
 * Open311 GeoReport v2, read only (docs/decisions/0005-open311-read-interface.md):
 *   GET /open311/v2/services.json, /requests.json, /requests/{id}.json, /media/{photoId}
 * Every route needs an active API key (`api_key` parameter or `X-Api-Key` header).
 */
export interface Open311Deps {
  db: Database;
  now: () => Date;
}

type Route =
  | { kind: "services"; format: string }
  | { kind: "requests"; format: string }
  | { kind: "request"; id: string; format: string }
  | { kind: "media"; id: string };

function matchRoute(path: string): Route | null {
  const list = /^\/open311\/v2\/(services|requests)\.([^/.]+)$/.exec(path);
  if (list) return { kind: list[1] as "services" | "requests", format: list[2] as string };
  const one = /^\/open311\/v2\/requests\/([^/]+)\.([^/.]+)$/.exec(path);
  if (one) return { kind: "request", id: one[1] as string, format: one[2] as string };
  const media = /^\/open311\/v2\/media\/([^/.]+)$/.exec(path);
  if (media) return { kind: "media", id: media[1] as string };
  return null;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    "content-type": "application/json; charset=utf-8",
    // Answers depend on the key and change as work goes on: no shared caches.
    "cache-control": "no-store",
  });
  res.end(JSON.stringify(body));
}

type ErrorReply = (
  code: number,
  key: MessageKey,
  options?: Parameters<typeof open311Errors>[3],
) => void;

const fail = (res: ServerResponse, errors: Open311Error[]) =>
  sendJson(res, errors[0]?.code ?? 500, errors);

/** scheme://host the client used, so media_url works from where the consumer stands. */
function originOf(req: IncomingMessage): string {
  const forwarded = String(req.headers["x-forwarded-proto"] ?? "")
    .split(",")[0]
    ?.trim();
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted;
  const proto = forwarded === "https" || encrypted ? "https" : "http";
  return `${proto}://${req.headers.host ?? "localhost"}`;
}

function queryParams(url: URL): Record<string, string> {
  // The spec lets a parameter repeat; repeated values are the same as one comma-delimited value.
  const params: Record<string, string> = {};
  for (const key of new Set(url.searchParams.keys())) {
    params[key] = url.searchParams.getAll(key).join(",");
  }
  return params;
}

function decode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function createOpen311Handler({ db, now }: Open311Deps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const locale: Locale = pickLocale(req.headers["accept-language"]);
    const error: ErrorReply = (code, key, options) =>
      fail(res, open311Errors(code, key, locale, options));
    try {
      const url = new URL(req.url ?? "/", "http://x");
      const route = matchRoute(url.pathname);
      if (!route) {
        return error(404, "error.not_found", { params: { entity: "path", id: url.pathname } });
      }
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.setHeader("allow", "GET, HEAD");
        return error(405, "field.invalid", { param: "method" });
      }
      // Other systems read anonymously: the key names a system, not a person.
      const svc = requestServices({ db, now, locale }, null);
      const key = url.searchParams.get("api_key") || String(req.headers["x-api-key"] ?? "");
      if (!(await getOpen311Client(svc, { key }))) return error(401, "open311.invalid_key");
      if (route.kind !== "media" && route.format !== "json") {
        return error(400, "field.invalid", { param: `format (${route.format}; json only)` });
      }
      await serve(route, url, req, res, svc, error);
    } catch (cause) {
      console.error("open311:", cause);
      if (!res.headersSent) error(500, "error.internal");
      else res.end();
    }
  };
}

async function serve(
  route: Route,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
  svc: AnonymousServiceContext,
  error: ErrorReply,
): Promise<void> {
  if (route.kind === "services") {
    const rows = await listOpen311Services(svc);
    return sendJson(res, 200, rows.map(toOpen311Service));
  }
  if (route.kind === "media") {
    const photo = await getOpen311Photo(svc, { photoId: decode(route.id) ?? "" });
    if (!photo) return error(404, "error.not_found", { params: { entity: "media", id: route.id } });
    res.writeHead(200, {
      "content-type": photo.mimeType,
      "content-length": photo.bytes.byteLength,
      "x-content-type-options": "nosniff",
      // A photo never changes under its id; only the key holder's own cache may keep it.
      "cache-control": "private, max-age=86400",
    });
    res.end(Buffer.from(photo.bytes));
    return;
  }
  const origin = originOf(req);
  if (route.kind === "request") {
    const id = decode(route.id);
    const rows = id ? await listOpen311Requests(svc, { ids: [id], take: 1, skip: 0 }) : [];
    if (!rows[0]) {
      return error(404, "error.not_found", { params: { entity: "service_request", id: route.id } });
    }
    return sendJson(res, 200, [toOpen311Request(rows[0], origin)]);
  }
  const parsed = parseOpen311RequestsQuery(queryParams(url), svc.now);
  if (!parsed.ok) return error(400, parsed.key, { param: parsed.param });
  const rows = await listOpen311Requests(svc, parsed.query);
  sendJson(
    res,
    200,
    rows.map((row) => toOpen311Request(row, origin)),
  );
}
