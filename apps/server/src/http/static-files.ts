import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/**
 * Serves the built web app from `root`. Unknown paths fall back to index.html so client-side
 * routes work on reload; hashed assets are cached for a year, index.html never.
 */
export function createStaticHandler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + sep) && file !== root) {
      res.writeHead(400).end();
      return;
    }
    const target = (await isFile(file)) ? file : join(root, "index.html");
    if (!(await isFile(target))) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("The web app is not built. Run `npm run build` (npm start does it for you).");
      return;
    }
    const immutable = target.includes(`${sep}assets${sep}`);
    const encoding = await precompressed(target, req.headers["accept-encoding"]);
    res.writeHead(200, {
      "content-type": TYPES[extname(target)] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
      vary: "accept-encoding",
      ...(encoding ? { "content-encoding": encoding.name } : {}),
    });
    createReadStream(encoding?.file ?? target).pipe(res);
  };
}

/** The build's Brotli or gzip copy of `file` (scripts/compress.mjs), if the browser takes it. */
async function precompressed(
  file: string,
  acceptEncoding: string | undefined,
): Promise<{ name: "br" | "gzip"; file: string } | null> {
  const accepted = (acceptEncoding ?? "").toLowerCase();
  for (const [name, suffix] of [
    ["br", ".br"],
    ["gzip", ".gz"],
  ] as const) {
    if (
      new RegExp(`(^|[\\s,])${name}(?!;q=0(\\.0*)?(\\s|,|$))`).test(accepted) &&
      (await isFile(file + suffix))
    ) {
      return { name, file: file + suffix };
    }
  }
  return null;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}
