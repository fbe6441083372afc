export const PHONE_READS_CACHE = "cw-phone-reads";

/**
 * The tRPC queries the inspector's screen needs to open and record a finding with no signal:
 * who is signed in, the site list, a site's checklist, the categories, the bell's count.
 */
export const OFFLINE_READS: ReadonlySet<string> = new Set([
  "auth.me",
  "notifications.unreadCount",
  "sites.list",
  "fieldChecks.checklist",
  "categories.list",
]);

/**
 * The cache keys of a batched tRPC GET (`/trpc/a.b,c.d?batch=1&input={"0":…,"1":…}`) made
 * only of OFFLINE_READS, one per query: each answer is kept on its own, so the phone finds it
 * again whichever other queries the browser batched it with the next time. Null for anything
 * else.
 */
export function offlineReadKeys(url: URL): string[] | null {
  if (!url.pathname.startsWith("/trpc/") || url.searchParams.get("batch") !== "1") return null;
  const procedures = decodeURIComponent(url.pathname.slice("/trpc/".length)).split(",");
  if (!procedures.every((p) => OFFLINE_READS.has(p))) return null;
  let inputs: Record<string, unknown>;
  try {
    inputs = JSON.parse(url.searchParams.get("input") ?? "{}") as Record<string, unknown>;
  } catch {
    return null;
  }
  return procedures.map(
    (p, i) =>
      `${url.origin}/offline-read/${p}?input=${encodeURIComponent(JSON.stringify(inputs[i] ?? null))}`,
  );
}
