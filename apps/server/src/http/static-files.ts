import { existsSync, readdirSync } from "node:fs";
import { join, sep } from "node:path";
import { formatMessage } from "@cw/domain";
import { SERVER_PATHS } from "@cw/domain/server-paths";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { readCookie } from "../auth/cookies.ts";
import { httpLocale } from "../context.ts";

/**
 * Serves the built web app from `root` (@fastify/static): the build's Brotli and gzip copies
 * (`apps/web/scripts/compress.mjs`) to browsers that take them, hashed assets cached for a
 * year, index.html never. An unknown GET outside the API falls back to index.html so
 * client-side routes work on reload — or, at a role's first screen, that screen's own page
 * (`routes/<first path part>.<lang>.html`, written by the web build's route-pages.ts, decision
 * 0034: index.html with the screen's chunks preloaded and its first paint) in the language the
 * app will draw in (the `lang` cookie's; zh-CN without one, as the app). Anything else unknown
 * is a JSON 404.
 */
export async function registerStaticFiles(app: FastifyInstance, root: string): Promise<void> {
  const built = existsSync(join(root, "index.html"));
  const routePages = new Set(
    existsSync(join(root, "routes")) ? readdirSync(join(root, "routes")) : [],
  );
  await app.register(fastifyStatic, {
    root,
    preCompressed: true,
    cacheControl: false,
    // The fallback below answers unknown paths; no directory listings, no dotfiles.
    index: ["index.html"],
    dotfiles: "deny",
    setHeaders: (res, path) => {
      const immutable = path.includes(`${sep}assets${sep}`);
      res.header("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (!isPageRequest(request)) return notFound(request, reply);
    if (!built) {
      return reply
        .code(503)
        .type("text/plain; charset=utf-8")
        .send("The web app is not built. Run `npm run build` (npm start does it for you).");
    }
    // The page depends on the lang cookie: a shared cache must not give one user's to another.
    return reply
      .header("cache-control", "no-cache")
      .header("vary", "cookie")
      .sendFile(pageFor(request, routePages));
  });
}

/** The first screen's own page when the build wrote one for this address, else index.html. */
function pageFor(request: FastifyRequest, routePages: ReadonlySet<string>): string {
  const part = (request.url.split("?")[0] ?? "/").split("/")[1] ?? "";
  const lang = readCookie(request.headers.cookie, "lang") === "en" ? "en" : "zh-CN";
  const name = `${part}.${lang}.html`;
  return part && routePages.has(name) ? `routes/${name}` : "index.html";
}

/** A browser asking for a screen of the app: a GET outside the API and the file routes. */
function isPageRequest(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  const path = request.url.split("?")[0] ?? "/";
  return !SERVER_PATHS.test(path);
}

/** Misses under the file routes name what was not found, as the routes' own 404s do. */
const NOT_FOUND_KEYS = [
  [/^\/api\/photos\//, "photo.not_found"],
  [/^\/api\/materials\//, "material.not_found"],
] as const;

function notFound(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split("?")[0] ?? "/";
  const key = NOT_FOUND_KEYS.find(([pattern]) => pattern.test(path))?.[1];
  const locale = httpLocale(request.headers.cookie, request.headers["accept-language"]);
  const id = path.slice(path.lastIndexOf("/") + 1, path.lastIndexOf("/") + 65);
  return reply
    .code(404)
    .type("application/json; charset=utf-8")
    .send({
      error: key
        ? { messageKey: key, message: formatMessage(key, locale, { id }) }
        : { messageKey: null, message: `Not Found: ${path.slice(0, 100)}` },
    });
}
