import {
  type AnonymousServiceContext,
  createOpen311Report,
  type Database,
  getOpen311Client,
  loadSettings,
} from "@cw/db";
import { DomainError, parseOpen311Post, photoTooLarge } from "@cw/domain";
import type { FastifyReply, FastifyRequest } from "fastify";
import { type ErrorReply, sendJson } from "./open311-routes.ts";
import { CLIENT_GONE, readBody } from "./raw-request.ts";

/** Room for the text fields beside the photo. */
const FORM_OVERHEAD = 256 * 1024;

/**
 * POST /open311/v2/requests.json (decision 0026): urlencoded, or multipart with the photo in
 * `media`; the API key as `api_key` (body or query) or `X-Api-Key`. Creates a report in the
 * triage queue and answers [{ token, service_notice }]; every refusal in the spec's format.
 */
export async function postRequest(args: {
  db: Database;
  req: FastifyRequest;
  res: FastifyReply;
  svc: AnonymousServiceContext;
  error: ErrorReply;
  key: string;
}): Promise<unknown> {
  const { req, res, svc, error } = args;
  const { maxPhotoBytes } = await loadSettings(svc.prisma);
  const limit = maxPhotoBytes + FORM_OVERHEAD;
  let form: { params: Record<string, string>; photos: Uint8Array[] };
  try {
    const body = await readBody(req, limit, () => photoTooLarge(maxPhotoBytes));
    form = await readForm(String(req.headers["content-type"] ?? ""), body);
  } catch (cause) {
    if (cause === CLIENT_GONE) {
      req.raw.destroy();
      return res;
    }
    if (cause instanceof DomainError)
      return error(413, cause.key, { param: "media", params: cause.params });
    return error(400, "field.invalid", { param: "body" });
  }
  const key = form.params.api_key || args.key;
  const client = await getOpen311Client(svc, { key });
  if (!client) return error(401, "open311.invalid_key");
  const parsed = parseOpen311Post(form.params);
  if (!parsed.ok) return error(400, parsed.key, { param: parsed.param });
  if (form.photos.some((photo) => photo.length > maxPhotoBytes))
    return error(413, "photo.too_large", {
      param: "media",
      params: photoTooLarge(maxPhotoBytes).params,
    });
  try {
    const { token } = await createOpen311Report(svc, {
      client,
      fields: parsed.fields,
      photos: form.photos,
      maxPhotoBytes,
    });
    return sendJson(res, 201, [
      { token, service_notice: "已收到，待分拣受理 (received; waiting for triage)" },
    ]);
  } catch (cause) {
    if (cause instanceof DomainError) {
      const code =
        cause.key === "photo.too_large" ? 413 : cause.key === "photo.unsupported_type" ? 415 : 400;
      const param = cause.key.startsWith("photo.") ? "media" : "service_code";
      return error(code, cause.key, { param, params: cause.params });
    }
    throw cause;
  }
}

/** The posted fields and photos: urlencoded, or multipart through the platform's own parser. */
async function readForm(
  contentType: string,
  body: Uint8Array,
): Promise<{ params: Record<string, string>; photos: Uint8Array[] }> {
  const params: Record<string, string> = {};
  const photos: Uint8Array[] = [];
  if (contentType.toLowerCase().startsWith("multipart/form-data")) {
    const data = await new Request("http://local/", {
      method: "POST",
      headers: { "content-type": contentType },
      body: new Uint8Array(body),
    }).formData();
    for (const [name, value] of data.entries()) {
      if (typeof value === "string") params[name] = value;
      else if (name === "media") photos.push(new Uint8Array(await value.arrayBuffer()));
    }
    return { params, photos };
  }
  for (const [name, value] of new URLSearchParams(Buffer.from(body).toString("utf8"))) {
    params[name] = value;
  }
  return { params, photos };
}
