export const SESSION_COOKIE = "cw_session";

export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return null; // a malformed escape is no cookie, not a server error
    }
  }
  return null;
}

/**
 * httpOnly (no script can read it), SameSite=Strict (no cross-site request carries it). The
 * HTTP context adds Secure when the request came over HTTPS (`secureCookie`, context.ts).
 */
export function sessionCookie(token: string, expiresAt: Date): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/; Expires=${expiresAt.toUTCString()}`;
}

/** The same cookie, sent only over HTTPS from now on. */
export function secureCookie(cookie: string): string {
  return /;\s*secure(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`;
}

export function clearedSessionCookie(): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
}
