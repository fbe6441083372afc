import { formatMessage } from "@cw/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { httpLocale } from "../context.ts";
import { closeAfterAnswer } from "./lingering-close.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request (tRPC mutations, uploads: anything but GET/HEAD/OPTIONS)
 * that a browser sent from another origin — a second line behind SameSite=Strict cookies.
 *
 * Browsers send `Origin` on every cross-origin POST, and `Sec-Fetch-Site` on every request;
 * either naming another site is refused with 403. A request with neither comes from a program,
 * not a page (curl, Open311 consumers with their API key): no browser can be tricked into
 * sending it with the user's cookie, so it passes, and the route's own checks apply.
 * The origin the page must have is this server's as the client reached it: scheme and host,
 * through a trusted proxy's X-Forwarded-Proto/-Host (TRUST_PROXY).
 */
export function registerOriginCheck(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    if (SAFE_METHODS.has(request.method)) return;
    const refusal = crossOrigin(request);
    if (!refusal) return;
    request.log.warn(
      { origin: request.headers.origin ?? null, refusal },
      "cross-origin request refused",
    );
    const locale = httpLocale(request.headers.cookie, request.headers["accept-language"]);
    // The body is not read: the connection closes after the answer.
    closeAfterAnswer(request, reply);
    return reply
      .code(403)
      .type("application/json; charset=utf-8")
      .send({
        error: {
          messageKey: "error.cross_origin",
          message: formatMessage("error.cross_origin", locale),
        },
      });
  });
}

function crossOrigin(request: FastifyRequest): string | null {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    const own = `${request.protocol}://${request.host}`;
    return origin.toLowerCase() === own.toLowerCase() ? null : "origin";
  }
  const site = request.headers["sec-fetch-site"];
  if (site === "cross-site" || site === "same-site") return "sec-fetch-site";
  return null;
}
