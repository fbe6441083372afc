import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type Database,
  readPhoto,
  readSettings,
  resolveSession,
  type SignedInUser,
  storePhoto,
} from "@cw/db";
import {
  type CampaignSettings,
  DomainError,
  type DomainErrorKind,
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
  photoTooLarge,
  pickLocale,
} from "@cw/domain";
import { readCookie, SESSION_COOKIE } from "../auth/cookies.ts";

export interface PhotoRouteDeps {
  db: Database;
  now?: () => Date;
}

// nosniff on errors too: a not-found message echoes part of the URL.
const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "x-content-type-options": "nosniff",
};

const STATUS: Record<DomainErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
};
// HTTP has precise codes for these two; a client can react without reading the body.
const STATUS_BY_KEY: Partial<Record<MessageKey, number>> = {
  "photo.too_large": 413,
  "photo.unsupported_type": 415,
};

/**
 * Photos travel as raw bytes, not through tRPC: a 10 MB image in superjson would be base64
 * and buffered whole. `POST /api/photos` takes the image as the body; `GET /api/photos/:id`
 * serves it. Both need a session; every failure is a JSON error in the user's language.
 */
export function createPhotoHandler(deps: PhotoRouteDeps) {
  const now = deps.now ?? (() => new Date());
  return (req: IncomingMessage, res: ServerResponse, path: string): void => {
    const locale = pickLocale(cookie(req, "lang") ?? req.headers["accept-language"]);
    route(deps.db, now, req, res, path).catch((error: unknown) => {
      if (error === CLIENT_GONE) {
        res.destroy();
        return;
      }
      if (error instanceof DomainError) {
        sendError(req, res, locale, error.key, error.params, statusOf(error));
        return;
      }
      console.error("photo request failed", error);
      sendError(req, res, locale, "error.internal", {}, 500);
    });
  };
}

async function route(
  db: Database,
  now: () => Date,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const rest = path.slice("/api/photos".length);
  if (rest === "" || rest === "/") {
    if (req.method !== "POST") return methodNotAllowed(req, res, "POST");
    const { actor, settings } = await signedIn(db, now, req);
    // Leaders follow the campaign read-only; every working role attaches evidence.
    if (actor.role === "leader") throw new DomainError("forbidden", "error.forbidden_role");
    const bytes = await readBody(req, settings.maxPhotoBytes);
    const stored = await storePhoto(db.prisma, {
      bytes,
      uploadedById: actor.id,
      maxBytes: settings.maxPhotoBytes,
    });
    res.writeHead(201, JSON_HEADERS);
    res.end(JSON.stringify(stored));
    return;
  }
  const id = rest.slice(1);
  if (id.includes("/"))
    throw new DomainError("not_found", "photo.not_found", { id: id.slice(0, 64) });
  if (req.method !== "GET" && req.method !== "HEAD") return methodNotAllowed(req, res, "GET, HEAD");
  await signedIn(db, now, req);
  const photo = await readPhoto(db.prisma, id);
  if (!photo) throw new DomainError("not_found", "photo.not_found", { id: id.slice(0, 64) });
  res.writeHead(200, {
    "content-type": photo.mimeType,
    "content-length": photo.bytes.length,
    // A photo id never points at other bytes, and only this browser's user may keep it.
    "cache-control": "private, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : photo.bytes);
}

async function signedIn(
  db: Database,
  now: () => Date,
  req: IncomingMessage,
): Promise<{ actor: SignedInUser; settings: CampaignSettings }> {
  const token = cookie(req, SESSION_COOKIE);
  if (!token) throw new DomainError("unauthorized", "error.unauthorized");
  const settings = await readSettings(db.prisma);
  const actor = await resolveSession(db.prisma, token, now(), settings.sessionIdleHours);
  if (!actor) throw new DomainError("unauthorized", "error.unauthorized");
  return { actor, settings };
}

/**
 * Reads the body into memory only up to `maxBytes`: a declared Content-Length over it is
 * refused before a byte is read, and a chunked body is refused as soon as it passes it.
 */
function readBody(req: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    return Promise.reject(photoTooLarge(maxBytes));
  }
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
      if (size > maxBytes) stop(photoTooLarge(maxBytes));
      else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    req.on("data", onData);
    req.on("end", onEnd);
    req.once("error", () => stop(CLIENT_GONE));
    // A client that hangs up mid-upload gets no answer; the chunks are released.
    req.once("close", () => {
      if (!req.complete) stop(CLIENT_GONE);
    });
  });
}

/** A cookie value; a malformed one (bad %-escape) counts as absent rather than a fault. */
function cookie(req: IncomingMessage, name: string): string | null {
  try {
    return readCookie(req.headers.cookie, name);
  } catch {
    return null;
  }
}

/** The upload was cut off by the client: nothing to store and nobody to answer. */
const CLIENT_GONE = new Error("client closed the connection during the upload");

const statusOf = (error: DomainError) => STATUS_BY_KEY[error.key] ?? STATUS[error.kind];

function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  locale: Locale,
  messageKey: MessageKey,
  params: MessageParams,
  status: number,
): void {
  // The client went away (or the answer already started): nothing left to tell it.
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
function methodNotAllowed(req: IncomingMessage, res: ServerResponse, allow: string): void {
  res.writeHead(405, { ...JSON_HEADERS, allow, ...(req.complete ? {} : { connection: "close" }) });
  res.end(JSON.stringify({ error: { messageKey: null, message: "Method Not Allowed" } }));
}
