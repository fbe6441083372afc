// Helpers for the raw-body routes (photos, material files): session from the cookie, bodies
// read only up to a limit, JSON errors in the user's language.
import type { Readable } from "node:stream";
import { type Database, loadSettings, type ServiceContext, type SignedInUser } from "@cw/db";
import {
  type CampaignSettings,
  DomainError,
  type DomainErrorKind,
  formatMessage,
  type Locale,
  type MessageKey,
  type MessageParams,
} from "@cw/domain";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { httpLocale, requestServices, sessionActor } from "../context.ts";
import { closeAfterAnswer } from "./lingering-close.ts";
import { briefError } from "./request-log.ts";

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

export const requestLocale = (request: FastifyRequest): Locale =>
  httpLocale(request.headers.cookie, request.headers["accept-language"]);

export interface RawRouteDeps {
  db: Database;
  now: () => Date;
}

/**
 * The signed-in user behind the session cookie, as the service context of this request (the
 * same builder as tRPC's), with the settings whose limits the route applies to the body.
 */
export async function signedIn(
  deps: RawRouteDeps,
  request: FastifyRequest,
): Promise<{ svc: ServiceContext<SignedInUser>; settings: CampaignSettings }> {
  const locale = requestLocale(request);
  const session = await sessionActor(deps, request.headers.cookie, locale);
  if (!session) throw new DomainError("unauthorized", "error.unauthorized");
  const svc = requestServices({ db: deps.db, now: deps.now, locale }, session.actor);
  return { svc, settings: await loadSettings(deps.db.prisma) };
}

/**
 * Lets the raw routes of `app` read their bodies themselves: the request body is the unread
 * stream, so nothing is buffered before the route has checked the session and the limit.
 */
export function streamBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", (_request, payload, done) => done(null, payload));
}

/**
 * Reads the body into memory only up to `maxBytes`: a declared Content-Length over it is
 * refused before a byte is read, and a chunked body as soon as it passes the limit.
 */
export function readBody(
  request: FastifyRequest,
  maxBytes: number,
  tooLarge: () => DomainError,
): Promise<Uint8Array> {
  const declared = Number(request.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) return Promise.reject(tooLarge());
  const body = (request.body as Readable | undefined) ?? request.raw;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (error: unknown) => {
      chunks.length = 0;
      body.off("data", onData);
      body.off("end", onEnd);
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) stop(tooLarge());
      else chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    body.on("data", onData);
    body.on("end", onEnd);
    body.once("error", () => stop(CLIENT_GONE));
    request.raw.once("close", () => {
      if (!request.raw.complete) stop(CLIENT_GONE);
    });
  });
}

/** Answers a failure as JSON; `statusByKey` gives precise codes (413, 415) for some keys. */
export function sendFailure(
  request: FastifyRequest,
  reply: FastifyReply,
  error: unknown,
  statusByKey: Partial<Record<MessageKey, number>> = {},
): FastifyReply {
  if (error === CLIENT_GONE) {
    request.raw.destroy();
    return reply;
  }
  const locale = requestLocale(request);
  if (error instanceof DomainError) {
    const status = statusByKey[error.key] ?? STATUS[error.kind];
    return sendError(request, reply, locale, error.key, error.params, status);
  }
  request.log.error({ err: briefError(error) }, "raw route failed");
  return sendError(request, reply, locale, "error.internal", {}, 500);
}

function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  locale: Locale,
  messageKey: MessageKey,
  params: MessageParams,
  status: number,
): FastifyReply {
  closeAfterAnswer(request, reply);
  return reply
    .code(status)
    .type("application/json; charset=utf-8")
    .send({ error: { messageKey, message: formatMessage(messageKey, locale, params) } });
}

// No catalogue key exists for a wrong method; the Allow header is what a client acts on.
export function methodNotAllowed(
  request: FastifyRequest,
  reply: FastifyReply,
  allow: string,
): FastifyReply {
  closeAfterAnswer(request, reply);
  return reply
    .code(405)
    .header("allow", allow)
    .type("application/json; charset=utf-8")
    .send({ error: { messageKey: null, message: "Method Not Allowed" } });
}

export type RawHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

/** A raw-body route's handler: any failure becomes a JSON error, never a crash. */
export function rawHandler(
  handler: RawHandler,
  statusByKey: Partial<Record<MessageKey, number>>,
): RawHandler {
  return async (request, reply) => {
    try {
      return await handler(request, reply);
    } catch (error) {
      return sendFailure(request, reply, error, statusByKey);
    }
  };
}
