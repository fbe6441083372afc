import { Transform } from "node:stream";
import type { SignedInUser } from "@cw/db";
import { formatMessage } from "@cw/domain";
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from "@trpc/server/adapters/fastify";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { type ContextDeps, createHttpContext, httpLocale, sessionActor } from "../context.ts";
import { type AppRouter, appRouter } from "../router.ts";
import { closeAfterAnswer } from "./lingering-close.ts";

/** A body without a session: sign-in and nothing else needs more than a few hundred bytes. */
export const ANONYMOUS_BODY_LIMIT = 64 * 1024;
/**
 * A signed-in user's body: the largest is a survey import, 10 MB of file as base64 (13.4 MB)
 * in superjson's envelope.
 */
export const SIGNED_IN_BODY_LIMIT = 16 * 1024 * 1024;

type Session = { actor: SignedInUser; token: string } | null;

declare module "fastify" {
  interface FastifyRequest {
    /** The session behind the cookie, resolved once before the body is read (tRPC routes). */
    cwSession: Session;
  }
}

/**
 * The tRPC API under /trpc through tRPC's Fastify adapter. The session is resolved before
 * the body is read, so the body's limit depends on it: a caller without a session can send
 * 64 KB, a signed-in one 16 MB; a declared Content-Length over the limit is refused with 413
 * before a byte is read, a chunked body as soon as it passes the limit.
 */
export function trpcRoutes(deps: ContextDeps) {
  return async (app: FastifyInstance): Promise<void> => {
    app.decorateRequest("cwSession", null);
    app.addHook("onRoute", (route) => {
      route.bodyLimit = SIGNED_IN_BODY_LIMIT;
    });
    app.addHook("onRequest", async (request, reply) => {
      const locale = httpLocale(request.headers.cookie, request.headers["accept-language"]);
      request.cwSession = await sessionActor(deps, request.headers.cookie, locale);
      const limit = bodyLimit(request);
      const declared = Number(request.headers["content-length"]);
      if (Number.isFinite(declared) && declared > limit) return tooLarge(request, reply, limit);
    });
    app.addHook("preParsing", async (request, _reply, payload) => {
      const limit = bodyLimit(request);
      if (limit >= SIGNED_IN_BODY_LIMIT) return payload; // Fastify's own bodyLimit counts
      let size = 0;
      return payload.pipe(
        new Transform({
          transform(chunk: Buffer, _encoding, callback) {
            size += chunk.length;
            if (size > limit) callback(bodyTooLargeError(request, limit));
            else callback(null, chunk);
          },
        }),
      );
    });
    await app.register(fastifyTRPCPlugin, {
      prefix: "/trpc",
      trpcOptions: {
        router: appRouter,
        createContext: ({ req, res }) => createHttpContext(deps, req, res, req.cwSession),
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>);
  };
}

const bodyLimit = (request: FastifyRequest) =>
  request.cwSession ? SIGNED_IN_BODY_LIMIT : ANONYMOUS_BODY_LIMIT;

function bodyTooLargeError(request: FastifyRequest, limit: number) {
  const locale = httpLocale(request.headers.cookie, request.headers["accept-language"]);
  const params = { limitKb: Math.round(limit / 1024) };
  return Object.assign(new Error(formatMessage("error.body_too_large", locale, params)), {
    statusCode: 413,
    code: "FST_ERR_CTP_BODY_TOO_LARGE",
    messageKey: "error.body_too_large",
  });
}

function tooLarge(request: FastifyRequest, reply: FastifyReply, limit: number) {
  const message = bodyTooLargeError(request, limit).message;
  // The body is not read: the connection closes after the answer.
  closeAfterAnswer(request, reply);
  return reply
    .code(413)
    .type("application/json; charset=utf-8")
    .send({ error: { messageKey: "error.body_too_large", message } });
}
