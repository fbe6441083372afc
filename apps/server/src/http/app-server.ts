import type { Writable } from "node:stream";
import type { Database } from "@cw/db";
import { migrationStatus } from "@cw/db";
import type { Health } from "@cw/domain";
import Fastify, { type FastifyInstance } from "fastify";
import type { TrustProxy } from "../config.ts";
import { citizenRoutes } from "./citizen-routes.ts";
import { documentRoutes } from "./document-routes.ts";
import { registerErrorReply } from "./error-reply.ts";
import { materialRoutes } from "./material-routes.ts";
import { open311Routes } from "./open311-routes.ts";
import { registerOriginCheck } from "./origin-check.ts";
import { photoRoutes } from "./photo-routes.ts";
import { type LogLevel, loggerOptions } from "./request-log.ts";
import { registerSecurityHeaders } from "./security-headers.ts";
import { registerStaticFiles } from "./static-files.ts";
import { trpcRoutes } from "./trpc-route.ts";

export interface AppServerOptions {
  db: Database;
  webRoot: string;
  now?: () => Date;
  /** Which proxies' X-Forwarded-Proto/-Host/-For to believe; default none. */
  trustProxy?: TrustProxy;
  logLevel?: LogLevel;
  /** Where the logs go (tests read them); default stdout. */
  logStream?: Writable;
  mapTileOrigin?: string | null;
}

/**
 * One Fastify server: the tRPC API under /trpc, the raw file routes under /api, Open311 under
 * /open311, /healthz, and the built web app. Every response carries the security headers;
 * state-changing requests from another origin are refused before routing.
 */
export async function createAppServer(options: AppServerOptions): Promise<FastifyInstance> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? "silent", options.logStream),
    trustProxy: trustProxyOption(options.trustProxy ?? false),
    // Routes that take larger bodies say so (tRPC); the raw routes read their own streams.
    bodyLimit: 64 * 1024,
    // tRPC batches name every procedure in the path (/trpc/auth.me,overview.tiles,…): the
    // default 100-character limit on a route parameter turned the overview's batch into a 404.
    routerOptions: { maxParamLength: 5000 },
    // Ids in the log lines follow a request through a proxy that sets X-Request-Id.
    requestIdHeader: "x-request-id",
    genReqId: () => crypto.randomUUID(),
    // A malformed %-escape in a path is a path nobody serves: the 404 (with every header)
    // that any miss gets, rather than the router's bare 400.
    rewriteUrl: (req) => literalPercents(req.url ?? "/"),
  });
  await registerSecurityHeaders(app, { mapTileOrigin: options.mapTileOrigin ?? null });
  registerOriginCheck(app);
  registerErrorReply(app);
  app.addHook("onSend", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  await app.register(trpcRoutes({ db, now }));
  await app.register(photoRoutes({ db, now }));
  await app.register(materialRoutes({ db, now }));
  await app.register(open311Routes({ db, now }));
  await app.register(citizenRoutes({ db, now }));
  await app.register(documentRoutes({ db, now }));
  app.get("/healthz", async (_request, reply) => {
    try {
      const body = await health(db);
      return reply.code(body.ok ? 200 : 503).send(body);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return reply.code(503).send({ ok: false, database: db.kind, error: message });
    }
  });
  await registerStaticFiles(app, options.webRoot);
  await app.ready();
  return app;
}

/** The URL with a path that does not decode taken literally (each `%` as `%25`). */
export function literalPercents(url: string): string {
  const at = url.indexOf("?");
  const path = at === -1 ? url : url.slice(0, at);
  try {
    decodeURIComponent(path);
    return url;
  } catch {
    return path.replaceAll("%", "%25") + (at === -1 ? "" : url.slice(at));
  }
}

/** A hop count trusts that many proxies nearest the server (as Express and Fastify count). */
function trustProxyOption(
  trust: TrustProxy,
): boolean | string[] | ((a: string, hop: number) => boolean) {
  return typeof trust === "number" ? (_address, hop) => hop < trust : trust;
}

async function health(db: Database): Promise<Health> {
  const migrations = await migrationStatus(db);
  return { ok: migrations.current, database: db.kind, migrations };
}
