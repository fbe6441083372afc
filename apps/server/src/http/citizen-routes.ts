import { getReportPhoto, loadSettings, storeReportPhoto } from "@cw/db";
import { DomainError, type MessageKey, photoTooLarge } from "@cw/domain";
import type { FastifyInstance } from "fastify";
import { requestServices } from "../context.ts";
import {
  type RawRouteDeps,
  rawHandler,
  readBody,
  requestLocale,
  streamBodies,
} from "./raw-request.ts";

const STATUS_BY_KEY: Partial<Record<MessageKey, number>> = {
  "photo.too_large": 413,
  "photo.unsupported_type": 415,
};

/**
 * The public report page's photos (decision 0026), without a session:
 *   POST /api/public/photos — a photo sent ahead of its report: the staff photos' checks
 *     (type from the bytes, the campaign's size limit, thumbnail), counted per address;
 *   GET /api/public/reports/:code/photos/:id — an after photo of that report's closed finding,
 *     and nothing else.
 */
export function citizenRoutes(deps: RawRouteDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    streamBodies(app);
    const anonymous = (request: Parameters<typeof requestLocale>[0]) =>
      requestServices({ db: deps.db, now: deps.now, locale: requestLocale(request) }, null);

    app.post(
      "/api/public/photos",
      rawHandler(async (request, reply) => {
        const svc = anonymous(request);
        const { maxPhotoBytes } = await loadSettings(deps.db.prisma);
        const bytes = await readBody(request, maxPhotoBytes, () => photoTooLarge(maxPhotoBytes));
        const stored = await storeReportPhoto(svc, {
          bytes,
          maxBytes: maxPhotoBytes,
          address: request.ip ?? null,
        });
        return reply.code(201).send({ id: stored.id });
      }, STATUS_BY_KEY),
    );

    app.get(
      "/api/public/reports/:code/photos/:id",
      rawHandler(async (request, reply) => {
        const { code, id } = request.params as { code: string; id: string };
        const photo = await getReportPhoto(anonymous(request), {
          trackingCode: code.toUpperCase().slice(0, 16),
          photoId: id,
        });
        if (!photo) throw new DomainError("not_found", "photo.not_found", { id: id.slice(0, 64) });
        return reply
          .type(photo.mimeType)
          .header("content-length", photo.bytes.length)
          .header("cache-control", "private, max-age=3600")
          .send(Buffer.from(photo.bytes));
      }, STATUS_BY_KEY),
    );
  };
}
