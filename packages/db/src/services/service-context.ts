import type { Actor, Locale } from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";

/**
 * What every service receives, and the only way it learns who acts, when, and in which
 * language: the database, the signed-in actor, the instant of the request (the test clock in
 * tests, so audit rows and deadlines follow it) and the user's locale. Services load the
 * settings and the calendar they need themselves; routers only pass this on.
 */
export interface ServiceContext<TActor extends Actor | null = Actor> {
  prisma: PrismaClient;
  actor: TActor;
  now: Date;
  locale: Locale;
}

/** For the few services callable without signing in (sign-in, Open311, public reports). */
export type AnonymousServiceContext = ServiceContext<Actor | null>;

/** For work the server does on its own (scheduled jobs): no person acts; audit rows name none. */
export type SystemServiceContext = ServiceContext<null>;

/** The one way to build a context: the server per request, tests and scripts alike. */
export function serviceContext<TActor extends Actor | null>(
  prisma: PrismaClient,
  actor: TActor,
  at: { now: Date; locale?: Locale },
): ServiceContext<TActor> {
  return { prisma, actor, now: at.now, locale: at.locale ?? "zh-CN" };
}
