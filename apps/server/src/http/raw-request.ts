// Helpers for the raw-body routes (photos, material files):
// session from the cookie, bodies read only up to a limit, JSON errors in the user's language.
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type Database,
  loadSettings,
  resolveSession,
  type ServiceContext,
  type SignedInUser,
} from "@cw/db";
import {
  type CampaignSettings,
  DomainError,
  type DomainErrorKind,
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
  pickLocale,
} from "@cw/domain";
import { readCookie, SESSION_COOKIE } from "../auth/cookies.ts";
import { requestServices } from "../context.ts";

// nosniff on errors too: a not-found message echoes part of the URL.
export const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "x-content-type-options": "nosniff",
};

const STATUS: Record<DomainErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_many_requests: 429,
};

/** The upload was cut off by the client: nothing to store and nobody to answer. */
export const CLIENT_GONE = new Error("client closed the connection during the upload");

/** A cookie value; a malformed one (bad %-escape) counts as absent rather than a fault. */
export function cookie(req: IncomingMessage, name: string): string | null {
  try {
    return readCookie(req.headers.cookie, name);
  } catch {
    return null;
  }
}

export const requestLocale = (req: IncomingMessage): Locale =>
  pickLocale(cookie(req, "lang") ?? req.headers["accept-language"]);

/**
 * The signed-in user behind the session cookie, as the service context of this request (the
 * same builder as tRPC's), with the settings whose limits the route applies to the body.
 */
export async function signedIn(
  db: Database,
  now: () => Date,
  req: IncomingMessage,
): Promise<{ svc: ServiceContext<SignedInUser>; settings: CampaignSettings }> {
  const token = cookie(req, SESSION_COOKIE);
  if (!token) throw new DomainError("unauthorized", "error.unauthorized");
  const request = { db, now, locale: requestLocale(req) };
  const actor = await resolveSession(requestServices(request, null), token);
  if (!actor) throw new DomainError("unauthorized", "error.unauthorized");
  return { svc: requestServices(request, actor), settings: await loadSettings(db.prisma) };
}

/**
 * Reads the body into memory only up to `maxBytes`: a declared Content-Length over it is
 * refused before a byte is read, and a chunked body as soon as it passes the limit.
 */
export function readBody(
  req: IncomingMessage,
  maxBytes: number,
  tooLarge: () => DomainError,
): Promise<Uint8Array> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: unknown) => {
      chunks.length = 0;
      req.off("data", onData);
      req.off("end", onEnd);
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    req.on("data", onData);
    req.on("end", onEnd);
    req.once("error", () => stop(CLIENT_GONE));
    req.once("close", () => {
      if (!req.complete) stop(CLIENT_GONE);
    });
  });
}

/** Answers a failure as JSON; `statusByKey` gives precise codes (413, 415) for some keys. */
export function sendFailure(
  req: IncomingMessage,
  res: ServerResponse,
  error: unknown,
  statusByKey: Partial<Record<MessageKey, number>> = {},
): void {
  if (error === CLIENT_GONE) {
    res.destroy();
    return;
  }
  const locale = requestLocale(req);
  if (error instanceof DomainError) {
    const status = statusByKey[error.key] ?? STATUS[error.kind];
    sendError(req, res, locale, error.key, error.params, status);
    return;
  }
  console.error("raw request failed", error);
  sendError(req, res, locale, "error.internal", {}, 500);
}

function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  locale: Locale,
  messageKey: MessageKey,
  params: MessageParams,
  status: number,
): void {
  if (res.headersSent || res.destroyed) {
    res.destroy();
    return;
  }
  const headers: Record<string, string> = { ...JSON_HEADERS };
  // An unread upload is not drained: close the connection instead of reading it to the end.
  if (!req.complete) headers.connection = "close";
  res.writeHead(status, headers);
  res.end(
    JSON.stringify({ error: { messageKey, message: formatMessage(messageKey, locale, params) } }),
  );
}

// No catalogue key exists for a wrong method; the Allow header is what a client acts on.
export function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allow: string): void {
  res.writeHead(405, { ...JSON_HEADERS, allow, ...(req.complete ? {} : { connection: "close" }) });
  res.end(JSON.stringify({ error: { messageKey: null, message: "Method Not Allowed" } }));
}

export interface RawRouteDeps {
  db: Database;
  now?: () => Date;
}

export type RawRoute = (
  db: Database,
  now: () => Date,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
) => Promise<void>;

/** A raw-body route as a request handler: any failure becomes a JSON error, never a crash. */
export function createRawHandler(
  deps: RawRouteDeps,
  route: RawRoute,
  statusByKey: Partial<Record<MessageKey, number>>,
) {
  const now = deps.now ?? (() => new Date());
  return (req: IncomingMessage, res: ServerResponse, path: string): void => {
    route(deps.db, now, req, res, path).catch((error: unknown) =>
      sendFailure(req, res, error, statusByKey),
    );
  };
}
