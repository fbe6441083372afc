import type { IncomingMessage, ServerResponse } from "node:http";
import { type Database, getPhoto, storePhoto } from "@cw/db";
import { DomainError, type MessageKey, photoTooLarge } from "@cw/domain";
import {
  createRawHandler,
  JSON_HEADERS,
  methodNotAllowed,
  type RawRouteDeps,
  readBody,
  signedIn,
} from "./raw-request.ts";

export type PhotoRouteDeps = RawRouteDeps;

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
  return createRawHandler(deps, route, STATUS_BY_KEY);
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
    const { svc, settings } = await signedIn(db, now, req);
    // Leaders follow the campaign read-only; every working role attaches evidence.
    if (svc.actor.role === "leader") throw new DomainError("forbidden", "error.forbidden_role");
    const bytes = await readBody(req, settings.maxPhotoBytes, () =>
      photoTooLarge(settings.maxPhotoBytes),
    );
    const stored = await storePhoto(svc, { bytes, maxBytes: settings.maxPhotoBytes });
    res.writeHead(201, JSON_HEADERS);
    res.end(JSON.stringify(stored));
    return;
  }
  const id = rest.slice(1);
  if (id.includes("/"))
    throw new DomainError("not_found", "photo.not_found", { id: id.slice(0, 64) });
  if (req.method !== "GET" && req.method !== "HEAD") return methodNotAllowed(req, res, "GET, HEAD");
  const { svc } = await signedIn(db, now, req);
  const photo = await getPhoto(svc, { id });
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
