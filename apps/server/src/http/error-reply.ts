import { formatMessage } from "@cw/domain";
import type { FastifyError, FastifyInstance } from "fastify";
import { httpLocale } from "../context.ts";
import { closeAfterAnswer } from "./lingering-close.ts";
import { briefError } from "./request-log.ts";

/** An error raised at the HTTP edge (a body limit, say) with the message key it answers with. */
export type EdgeError = FastifyError & { messageKey?: string };

/**
 * What the routes' own answers do not cover — a body over its limit while streaming, an
 * unreadable request, an unexpected fault — answers in the same JSON shape as the raw routes'
 * errors. A client error is logged by Fastify at info level, once; a server fault once, briefly.
 */
export function registerErrorReply(app: FastifyInstance): void {
  app.setErrorHandler((error: EdgeError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: briefError(error) }, "request failed");
      const locale = httpLocale(request.headers.cookie, request.headers["accept-language"]);
      return reply.code(500).send({
        error: { messageKey: "error.internal", message: formatMessage("error.internal", locale) },
      });
    }
    closeAfterAnswer(request, reply);
    return reply
      .code(status)
      .send({ error: { messageKey: error.messageKey ?? null, message: error.message } });
  });
}
