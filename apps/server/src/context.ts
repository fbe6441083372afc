import {
  type Database,
  resolveSession,
  type ServiceContext,
  type SignedInUser,
  serviceContext,
} from "@cw/db";
import { type Actor, type Locale, pickLocale } from "@cw/domain";
import type { FastifyReply, FastifyRequest } from "fastify";
import { readCookie, SESSION_COOKIE, secureCookie } from "./auth/cookies.ts";

/** What every procedure can use. The clock is injectable so tests can pin "now". */
export interface AppContext {
  db: Database;
  now: () => Date;
  locale: Locale;
  /** The signed-in user, or null. */
  actor: SignedInUser | null;
  sessionToken: string | null;
  /** The client's address (sign-in throttling counts per address); null without HTTP. */
  address: string | null;
  /** Sets a response cookie (a no-op for callers without HTTP). */
  setCookie: (cookie: string) => void;
}

export interface ContextDeps {
  db: Database;
  now?: () => Date;
}

/**
 * The service context of one request — the database, the actor, the request's instant and
 * locale — built here for every tRPC procedure (trpc.ts) and raw HTTP route alike.
 */
export function requestServices<TActor extends Actor | null>(
  request: { db: Database; now: () => Date; locale: Locale },
  actor: TActor,
): ServiceContext<TActor> {
  return serviceContext(request.db.prisma, actor, { now: request.now(), locale: request.locale });
}

/** The locale of an HTTP request: the `lang` cookie, else Accept-Language. */
export function httpLocale(cookieHeader: string | undefined, acceptLanguage: string | undefined) {
  return pickLocale(readCookie(cookieHeader, "lang") ?? acceptLanguage);
}

/** The user behind the request's session cookie, or null (no cookie, expired, unknown). */
export async function sessionActor(
  deps: ContextDeps,
  cookieHeader: string | undefined,
  locale: Locale,
): Promise<{ actor: SignedInUser; token: string } | null> {
  const token = readCookie(cookieHeader, SESSION_COOKIE);
  if (!token) return null;
  const now = deps.now ?? (() => new Date());
  const actor = await resolveSession(requestServices({ db: deps.db, now, locale }, null), token);
  return actor ? { actor, token } : null;
}

/**
 * Builds the context of an HTTP request: locale, and the user behind the session cookie (as
 * the tRPC route's hook already resolved it, `http/trpc-route.ts`). A cookie set over HTTPS —
 * directly or behind a trusted TLS proxy (TRUST_PROXY) — is marked Secure.
 */
export function createHttpContext(
  deps: ContextDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  session: { actor: SignedInUser; token: string } | null,
): AppContext {
  const secure = request.protocol === "https";
  return {
    db: deps.db,
    now: deps.now ?? (() => new Date()),
    locale: httpLocale(request.headers.cookie, request.headers["accept-language"]),
    actor: session?.actor ?? null,
    sessionToken: session?.token ?? null,
    // The client's address; behind a trusted proxy (TRUST_PROXY) the forwarded one.
    address: request.ip ?? null,
    setCookie: (cookie) => {
      reply.header("set-cookie", secure ? secureCookie(cookie) : cookie);
    },
  };
}

/** A context for calling routers directly (tests, scripts): no HTTP, no cookies. */
export function callerContext(
  db: Database,
  actor: SignedInUser | null,
  options: { now?: () => Date; locale?: Locale; address?: string } = {},
): AppContext {
  return {
    db,
    now: options.now ?? (() => new Date()),
    locale: options.locale ?? "zh-CN",
    actor,
    sessionToken: null,
    address: options.address ?? null,
    setCookie: () => {},
  };
}
