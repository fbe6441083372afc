import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * The security headers of every response — the web app, its assets, API answers, errors and
 * 404s alike (@fastify/helmet, applied on every request before routing).
 *
 * The CSP allows only this origin's scripts (the Vite build has no inline script). Styles
 * allow 'unsafe-inline': Ant Design writes its CSS-in-JS into <style> elements at run time;
 * a style cannot run script. Images may be data:/blob: URLs (photo previews, charts) and,
 * when the web app was built with a map tile server, that server (MAP_TILE_ORIGIN).
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  options: { mapTileOrigin: string | null },
): Promise<void> {
  const images = [
    "'self'",
    "data:",
    "blob:",
    ...(options.mapTileOrigin ? [options.mapTileOrigin] : []),
  ];
  await app.register(helmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": images,
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "worker-src": ["'self'", "blob:"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
      },
    },
    // Framing is refused twice: frame-ancestors above, X-Frame-Options for older browsers.
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "same-origin" },
    // Photos and files are read by this origin's pages only.
    crossOriginResourcePolicy: { policy: "same-origin" },
    crossOriginOpenerPolicy: { policy: "same-origin" },
    // HSTS matters only over HTTPS (browsers ignore it on plain HTTP); a year, as is usual.
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  });
}
