import {
  type AnonymousServiceContext,
  type Database,
  getOpen311Client,
  getOpen311Photo,
  getOpen311Token,
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
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { requestServices } from "../context.ts";
import { postRequest } from "./open311-post.ts";
import { streamBodies } from "./raw-request.ts";
import { briefError } from "./request-log.ts";

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
  | { kind: "token"; token: string; format: string }
  | { kind: "services"; format: string }
  | { kind: "requests"; format: string }
  | { kind: "request"; id: string; format: string }
  | { kind: "media"; id: string };

function matchRoute(path: string): Route | null {
  const list = /^\/open311\/v2\/(services|requests)\.([^/.]+)$/.exec(path);
  if (list) return { kind: list[1] as "services" | "requests", format: list[2] as string };
  const one = /^\/open311\/v2\/requests\/([^/]+)\.([^/.]+)$/.exec(path);
  if (one) return { kind: "request", id: one[1] as string, format: one[2] as string };
  const token = /^\/open311\/v2\/tokens\/([^/]+)\.([^/.]+)$/.exec(path);
  if (token) return { kind: "token", token: token[1] as string, format: token[2] as string };
  const media = /^\/open311\/v2\/media\/([^/.]+)$/.exec(path);
  if (media) return { kind: "media", id: media[1] as string };
  return null;
}

export function sendJson(res: FastifyReply, status: number, body: unknown): FastifyReply {
  return (
    res
      .code(status)
      .type("application/json; charset=utf-8")
      // Answers depend on the key and change as work goes on: no shared caches.
      .header("cache-control", "no-store")
      .send(body)
  );
}

export type ErrorReply = (
  code: number,
  key: MessageKey,
  options?: Parameters<typeof open311Errors>[3],
) => FastifyReply;

const fail = (res: FastifyReply, errors: Open311Error[]) =>
  sendJson(res, errors[0]?.code ?? 500, errors);

/**
 * scheme://host the client used, so media_url works from where the consumer stands: behind a
 * trusted proxy (TRUST_PROXY) its X-Forwarded-Proto and X-Forwarded-Host.
 */
function originOf(req: FastifyRequest): string {
  return `${req.protocol}://${req.host || "localhost"}`;
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

/** The Open311 routes under /open311/, matched here so every miss answers in the spec's format. */
export function open311Routes(deps: Open311Deps) {
  return async (app: FastifyInstance): Promise<void> => {
    // POST requests.json reads its own body (urlencoded or multipart, up to the photo limit).
    streamBodies(app);
    const handler = createOpen311Handler(deps);
    app.all("/open311", handler);
    app.all("/open311/*", handler);
  };
}

function createOpen311Handler({ db, now }: Open311Deps) {
  return async (req: FastifyRequest, res: FastifyReply): Promise<unknown> => {
    const locale: Locale = pickLocale(req.headers["accept-language"]);
    const error: ErrorReply = (code, key, options) =>
      fail(res, open311Errors(code, key, locale, options));
    try {
      const url = new URL(req.url, "http://x");
      const route = matchRoute(url.pathname);
      if (!route) {
        return error(404, "error.not_found", { params: { entity: "path", id: url.pathname } });
      }
      const posting = req.method === "POST" && route.kind === "requests";
      if (req.method !== "GET" && req.method !== "HEAD" && !posting) {
        res.header("allow", route.kind === "requests" ? "GET, HEAD, POST" : "GET, HEAD");
        return error(405, "field.invalid", { param: "method" });
      }
      // Other systems read anonymously: the key names a system, not a person.
      const svc = requestServices({ db, now, locale }, null);
      const key = url.searchParams.get("api_key") || String(req.headers["x-api-key"] ?? "");
      const jsonOnly = () =>
        error(400, "field.invalid", {
          param: `format (${route.kind !== "media" ? route.format : ""}; json only)`,
        });
      // A POST may carry its key in the body (the spec's api_key parameter).
      if (posting) {
        if (route.format !== "json") return jsonOnly();
        return await postRequest({ db, req, res, svc, error, key });
      }
      if (!(await getOpen311Client(svc, { key }))) return error(401, "open311.invalid_key");
      if (route.kind !== "media" && route.format !== "json") return jsonOnly();
      return await serve(route, url, req, res, svc, error);
    } catch (cause) {
      req.log.error({ err: briefError(cause) }, "open311 request failed");
      return error(500, "error.internal");
    }
  };
}

async function serve(
  route: Route,
  url: URL,
  req: FastifyRequest,
  res: FastifyReply,
  svc: AnonymousServiceContext,
  error: ErrorReply,
): Promise<unknown> {
  if (route.kind === "services") {
    const rows = await listOpen311Services(svc);
    return sendJson(res, 200, rows.map(toOpen311Service));
  }
  if (route.kind === "media") {
    const photo = await getOpen311Photo(svc, { photoId: decode(route.id) ?? "" });
    if (!photo) return error(404, "error.not_found", { params: { entity: "media", id: route.id } });
    return (
      res
        .type(photo.mimeType)
        .header("content-length", photo.bytes.byteLength)
        // A photo never changes under its id; only the key holder's own cache may keep it.
        .header("cache-control", "private, max-age=86400")
        .send(Buffer.from(photo.bytes))
    );
  }
  if (route.kind === "token") {
    const found = await getOpen311Token(svc, { token: (decode(route.token) ?? "").toUpperCase() });
    if (!found)
      return error(404, "error.not_found", { params: { entity: "token", id: route.token } });
    return sendJson(res, 200, [
      {
        token: found.token,
        ...(found.serviceRequestId ? { service_request_id: found.serviceRequestId } : {}),
      },
    ]);
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
  return sendJson(
    res,
    200,
    rows.map((row) => toOpen311Request(row, origin)),
  );
}
