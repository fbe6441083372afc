import { getPhoto, storePhoto } from "@cw/db";
import { DomainError, type MessageKey, photoTooLarge } from "@cw/domain";
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
  "photo.too_large": 413,
  "photo.unsupported_type": 415,
};

/**
 * Photos travel as raw bytes, not through tRPC: a 10 MB image in superjson would be base64
 * and buffered whole. `POST /api/photos` takes the image as the body; `GET /api/photos/:id`
 * serves it and `/api/photos/:id/thumbnail` its thumbnail. All need a session; every failure is a JSON error in the user's language.
 */
export function photoRoutes(deps: RawRouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    streamBodies(app);
    const upload = rawHandler(async (request, reply) => {
      const { svc, settings } = await signedIn(deps, request);
      // Leaders follow the campaign read-only; every working role attaches evidence.
      if (svc.actor.role === "leader") throw new DomainError("forbidden", "error.forbidden_role");
      const maxBytes = settings.maxPhotoBytes;
      const bytes = await readBody(request, maxBytes, () => photoTooLarge(maxBytes));
      const stored = await storePhoto(svc, { bytes, maxBytes });
      return reply.code(201).send(stored);
    }, STATUS_BY_KEY);
    app.post("/api/photos", upload);
    app.post("/api/photos/", upload);

    // Lists, boards and the task page show the thumbnail; the original opens on a click.
    const serve = (variant: "original" | "thumbnail") =>
      rawHandler(async (request, reply) => {
        const { id } = request.params as { id: string };
        const { svc } = await signedIn(deps, request);
        const photo = await getPhoto(svc, { id, variant });
        if (!photo) throw new DomainError("not_found", "photo.not_found", { id: id.slice(0, 64) });
        return (
          reply
            .type(photo.mimeType)
            .header("content-length", photo.bytes.length)
            // A photo id never points at other bytes, and only this browser's user may keep it.
            .header("cache-control", "private, max-age=31536000, immutable")
            .send(Buffer.from(photo.bytes))
        );
      }, STATUS_BY_KEY);
    app.route({ method: ["GET", "HEAD"], url: "/api/photos/:id", handler: serve("original") });
    app.route({
      method: ["GET", "HEAD"],
      url: "/api/photos/:id/thumbnail",
      handler: serve("thumbnail"),
    });

    app.route({
      method: ["GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS"],
      url: "/api/photos",
      handler: rawHandler(async (request, reply) => methodNotAllowed(request, reply, "POST"), {}),
    });
    app.all(
      "/api/photos/*",
      rawHandler(async (request, reply) => {
        const rest = request.url.split("?")[0]?.slice("/api/photos/".length) ?? "";
        if (rest === "") return methodNotAllowed(request, reply, "POST");
        if (rest.includes("/"))
          throw new DomainError("not_found", "photo.not_found", { id: rest.slice(0, 64) });
        return methodNotAllowed(request, reply, "GET, HEAD");
      }, STATUS_BY_KEY),
    );
  };
}
