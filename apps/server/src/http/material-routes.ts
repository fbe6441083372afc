import type { IncomingMessage, ServerResponse } from "node:http";
import { assertCanUpload, type Database, getMaterialFile, storeMaterialFile } from "@cw/db";
import { cleanFileName, DomainError, type MessageKey, materialTooLarge } from "@cw/domain";
import {
  createRawHandler,
  JSON_HEADERS,
  methodNotAllowed,
  type RawRouteDeps,
  readBody,
  signedIn,
} from "./raw-request.ts";

export type MaterialRouteDeps = RawRouteDeps;

// HTTP has precise codes for these two; a client can react without reading the body.
const STATUS_BY_KEY: Partial<Record<MessageKey, number>> = {
  "material.too_large": 413,
  "material.unsupported_type": 415,
};

const UPLOAD = /^\/api\/materials\/([^/]+)\/files\/?$/;
const DOWNLOAD = /^\/api\/materials\/files\/([^/]+)$/;

/**
 * Materials files travel as raw bytes, like photos: `POST /api/materials/:requirementId/files
 * ?name=<file name>` takes the file as the body, `GET /api/materials/files/:id` serves it.
 * Both need a session; every failure is a JSON error in the user's language.
 */
export function createMaterialHandler(deps: MaterialRouteDeps) {
  return createRawHandler(deps, route, STATUS_BY_KEY);
}

async function route(
  db: Database,
  now: () => Date,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
): Promise<void> {
  const download = DOWNLOAD.exec(path);
  if (download) {
    if (req.method !== "GET" && req.method !== "HEAD")
      return methodNotAllowed(req, res, "GET, HEAD");
    return serveFile(db, now, req, res, decodeId(download[1]));
  }
  const upload = UPLOAD.exec(path);
  if (!upload) throw new DomainError("not_found", "material.not_found", { id: path.slice(0, 64) });
  if (req.method !== "POST") return methodNotAllowed(req, res, "POST");
  const { svc, settings } = await signedIn(db, now, req);
  const requirementId = decodeId(upload[1]);
  if (!/^[0-9a-f-]{36}$/i.test(requirementId)) {
    throw new DomainError("not_found", "error.not_found", {
      entity: "material requirement",
      id: requirementId.slice(0, 64),
    });
  }
  // Who may upload, and whether the requirement still takes files, before reading the body.
  await assertCanUpload(svc, { requirementId });
  const query = new URL(req.url ?? "/", "http://localhost").searchParams;
  const fileName = cleanFileName(query.get("name"));
  if (!fileName) throw new DomainError("bad_request", "material.name_required");
  const maxBytes = settings.maxMaterialBytes;
  const bytes = await readBody(req, maxBytes, () => materialTooLarge(maxBytes));
  const stored = await storeMaterialFile(svc, { requirementId, fileName, bytes, maxBytes });
  res.writeHead(201, JSON_HEADERS);
  res.end(JSON.stringify(stored));
}

async function serveFile(
  db: Database,
  now: () => Date,
  req: IncomingMessage,
  res: ServerResponse,
  id: string,
): Promise<void> {
  const { svc } = await signedIn(db, now, req);
  const file = await getMaterialFile(svc, { id });
  if (!file) throw new DomainError("not_found", "material.not_found", { id: id.slice(0, 64) });
  res.writeHead(200, {
    "content-type": file.mimeType,
    "content-length": file.bytes.length,
    // Downloaded, never rendered in the app's origin; the name survives in any script.
    "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    "cache-control": "private, max-age=31536000, immutable",
    "x-content-type-options": "nosniff",
  });
  res.end(req.method === "HEAD" ? undefined : file.bytes);
}

/** A path segment as text; a malformed %-escape is just an unknown id. */
function decodeId(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? "");
  } catch {
    return segment ?? "";
  }
}
