import { type Actor, shanghaiDate } from "@cw/domain";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { ServiceContext } from "../services/service-context.ts";
import type { OverviewScope } from "./overview-where.ts";

/** Distinct views kept per database (filters × procedures); the oldest used goes first. */
const MAX_ENTRIES = 256;

interface EpochCache {
  epoch: bigint;
  reads: Map<string, Promise<unknown>>;
}

/** Per Prisma client, so two databases in one process (tests, tools) never share numbers. */
const caches = new WeakMap<PrismaClient, EpochCache>();

/**
 * An overview read, shared by every request for the same view while the summaries stay as
 * they are (decision 0028). The key is the summary epoch — bumped by the database at the
 * commit of every change to the summaries or to the sites, units, site types and categories
 * they are read with — the Beijing day (overdue and aging are derived from it), the locale
 * and the filters. The epoch is read before the numbers, so a cached read is never older than
 * its epoch: a change committed before a request arrived has bumped the epoch that request
 * reads, and it gets numbers read after that change. Concurrent requests for one view share
 * one read (a leader's morning: many people, one default view).
 */
export async function overviewCached<T>(
  ctx: ServiceContext<Actor | null>,
  procedure: string,
  filters: OverviewScope,
  read: () => Promise<T>,
): Promise<T> {
  const [row] = await ctx.prisma.$queryRaw<{ epoch: bigint }[]>`
    SELECT "epoch" FROM "summary_epoch"`;
  const epoch = row?.epoch ?? -1n;
  let cache = caches.get(ctx.prisma);
  if (!cache || cache.epoch < epoch) {
    cache = { epoch, reads: new Map() };
    caches.set(ctx.prisma, cache);
  }
  // A request that read an older epoch than a concurrent one (a change committed between the
  // two) reads for itself: its view is not the cache's.
  if (cache.epoch !== epoch) return read();
  const key = JSON.stringify([
    procedure,
    shanghaiDate(ctx.now),
    ctx.locale,
    sortedEntries(filters),
  ]);
  const reads = cache.reads;
  const hit = reads.get(key) as Promise<T> | undefined;
  if (hit) {
    reads.delete(key);
    reads.set(key, hit);
    return hit;
  }
  const pending = read();
  reads.set(key, pending);
  pending.catch(() => reads.delete(key));
  if (reads.size > MAX_ENTRIES) {
    const oldest = reads.keys().next().value;
    if (oldest !== undefined) reads.delete(oldest);
  }
  return pending;
}

/** The filters in a fixed order, without unset ones: {a, b} and {b, a} are one view. */
function sortedEntries(filters: OverviewScope): [string, unknown][] {
  return Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
}
