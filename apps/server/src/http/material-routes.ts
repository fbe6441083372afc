import { assertCanUpload, getMaterialFile, storeMaterialFile } from "@cw/db";
import { cleanFileName, DomainError, type MessageKey, materialTooLarge } from "@cw/domain";
import type { FastifyInstance } from "fastify";
import {
  methodNotAllowed,
  type RawRouteDeps,
  rawHandler,
  readBody,
  signedIn,
  streamBodies,
} from "./raw-request.ts";

// HTTP has precise codes for these two; a client can react without reading the body.
const STATUS_BY_KEY: Partial<Record<MessageKey, number>> = {
  "material.too_large": 413,
  "material.unsupported_type": 415,
};

/**
 * Materials files travel as raw bytes, like photos: `POST /api/materials/:requirementId/files
 * ?name=<file name>` takes the file as the body, `GET /api/materials/files/:id` serves it.
 * Both need a session; every failure is a JSON error in the user's language.
 */
export function materialRoutes(deps: RawRouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    streamBodies(app);
    const upload = rawHandler(async (request, reply) => {
      const { requirementId } = request.params as { requirementId: string };
      const { svc, settings } = await signedIn(deps, request);
      if (!/^[0-9a-f-]{36}$/i.test(requirementId)) {
        throw new DomainError("not_found", "error.not_found", {
          entity: "material requirement",
          id: requirementId.slice(0, 64),
        });
      }
      // Who may upload, and whether the requirement still takes files, before reading the body.
      await assertCanUpload(svc, { requirementId });
      const { name } = request.query as { name?: string | string[] };
      const fileName = cleanFileName(Array.isArray(name) ? name[0] : name);
      if (!fileName) throw new DomainError("bad_request", "material.name_required");
      const maxBytes = settings.maxMaterialBytes;
      const bytes = await readBody(request, maxBytes, () => materialTooLarge(maxBytes));
      const stored = await storeMaterialFile(svc, { requirementId, fileName, bytes, maxBytes });
      return reply.code(201).send(stored);
    }, STATUS_BY_KEY);
    app.post("/api/materials/:requirementId/files", upload);
    app.post("/api/materials/:requirementId/files/", upload);

    app.route({
      method: ["GET", "HEAD"],
      url: "/api/materials/files/:id",
      handler: rawHandler(async (request, reply) => {
        const { id } = request.params as { id: string };
        const { svc } = await signedIn(deps, request);
        const file = await getMaterialFile(svc, { id });
        if (!file)
          throw new DomainError("not_found", "material.not_found", { id: id.slice(0, 64) });
        return (
          reply
            .type(file.mimeType)
            .header("content-length", file.bytes.length)
            // Downloaded, never rendered in the app's origin; the name survives in any script.
            .header(
              "content-disposition",
              `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
            )
            .header("cache-control", "private, max-age=31536000, immutable")
            .send(Buffer.from(file.bytes))
        );
      }, STATUS_BY_KEY),
    });

    app.all(
      "/api/materials/*",
      rawHandler(async (request, reply) => {
        const path = request.url.split("?")[0] ?? "";
        if (/^\/api\/materials\/files\/[^/]+$/.test(path))
          return methodNotAllowed(request, reply, "GET, HEAD");
        if (/^\/api\/materials\/[^/]+\/files\/?$/.test(path))
          return methodNotAllowed(request, reply, "POST");
        throw new DomainError("not_found", "material.not_found", { id: path.slice(0, 64) });
      }, STATUS_BY_KEY),
    );
  };
}
