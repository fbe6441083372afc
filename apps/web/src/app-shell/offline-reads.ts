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

/** The procedures of a tRPC GET (`/trpc/a.b,c.d`), or null for any other path. */
export function trpcProcedures(pathname: string): string[] | null {
  if (!pathname.startsWith("/trpc/")) return null;
  return decodeURIComponent(pathname.slice("/trpc/".length)).split(",");
}
