import type { IncomingMessage, ServerResponse } from "node:http";
import {
  type Database,
  resolveSession,
  type ServiceContext,
  type SignedInUser,
  serviceContext,
} from "@cw/db";
import { type Actor, type Locale, pickLocale } from "@cw/domain";
import { readCookie, SESSION_COOKIE } from "./auth/cookies.ts";

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

/** Builds the context of an HTTP request: locale, and the user behind the session cookie. */
export async function createHttpContext(
  deps: ContextDeps,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<AppContext> {
  const now = deps.now ?? (() => new Date());
  const locale = pickLocale(
    readCookie(req.headers.cookie, "lang") ?? req.headers["accept-language"],
  );
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  const actor = token
    ? await resolveSession(requestServices({ db: deps.db, now, locale }, null), token)
    : null;
  return {
    db: deps.db,
    now,
    locale,
    actor,
    sessionToken: actor ? token : null,
    address: req.socket.remoteAddress ?? null,
    setCookie: (cookie) => res.appendHeader("set-cookie", cookie),
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
