import { createServer, type Server } from "node:http";
import type { Database } from "@cw/db";
import { migrationStatus } from "@cw/db";
import type { Health } from "@cw/domain";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { createHttpContext } from "../context.ts";
import { appRouter } from "../router.ts";
import { createDocumentHandler } from "./document-routes.ts";
import { createMaterialHandler } from "./material-routes.ts";
import { createOpen311Handler } from "./open311-routes.ts";
import { createPhotoHandler } from "./photo-routes.ts";
import { createStaticHandler } from "./static-files.ts";

export interface AppServerOptions {
  db: Database;
  webRoot: string;
  now?: () => Date;
}

/** One HTTP server: the tRPC API under /trpc, /healthz, and the built web app. */
export function createAppServer({ db, webRoot, now }: AppServerOptions): Server {
  const trpc = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    createContext: ({ req, res }) => createHttpContext({ db, ...(now ? { now } : {}) }, req, res),
  });
  const serveStatic = createStaticHandler(webRoot);
  const photos = createPhotoHandler({ db, ...(now ? { now } : {}) });
  const materials = createMaterialHandler({ db, ...(now ? { now } : {}) });
  const documents = createDocumentHandler({ db, ...(now ? { now } : {}) });
  const open311 = createOpen311Handler({ db, now: now ?? (() => new Date()) });

  return createServer((req, res) => {
    const path = (req.url ?? "/").split("?")[0] ?? "/";
    if (path.startsWith("/trpc/")) {
      trpc(req, res);
      return;
    }
    if (path.startsWith("/open311/")) {
      void open311(req, res);
      return;
    }
    // Before the static files and their GET-only rule: uploads are POSTs.
    if (path === "/api/photos" || path.startsWith("/api/photos/")) {
      photos(req, res, path);
      return;
    }
    // field and materials: files of the materials section, raw bytes like photos.
    if (path.startsWith("/api/materials/")) {
      materials(req, res, path);
      return;
    }
    if (path.startsWith("/api/documents/")) {
      documents(req, res, path);
      return;
    }
    if (path === "/healthz") {
      health(db).then(
        (body) => {
          res.writeHead(body.ok ? 200 : 503, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        },
        (error: Error) => {
          res.writeHead(503, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: false, database: db.kind, error: error.message }));
        },
      );
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD" }).end();
      return;
    }
    serveStatic(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(404);
      res.end();
    });
  });
}

async function health(db: Database): Promise<Health> {
  const migrations = await migrationStatus(db);
  return { ok: migrations.current, database: db.kind, migrations };
}
