export const PHONE_READS_CACHE = "cw-phone-reads";

/**
 * The tRPC queries the inspector's screen needs to open and record a finding with no signal:
 * who is signed in, the site list, a site's checklist, the categories. Only batches holding
 * one of them pass through the worker's code; the rest of the app (the bell's poll, the
 * officer's lists) goes to the network untouched.
 */
export const OFFLINE_READS: ReadonlySet<string> = new Set([
  "auth.me",
  "sites.list",
  "fieldChecks.checklist",
  "categories.list",
]);

/** One query of a batched tRPC GET, and where its answer is kept if it is an offline read. */
export interface BatchPart {
  procedure: string;
  /** The cache key of this query (procedure and input), or null if it is not kept. */
  key: string | null;
}

/**
 * The queries of a batched tRPC GET (`/trpc/a.b,c.d?batch=1&input={"0":…,"1":…}`) that
 * holds at least one of OFFLINE_READS, or null. Each offline read's answer is kept on its own
 * (keyed by procedure and input), so the phone finds it again whatever other queries the
 * browser batched it with the next time.
 */
export function batchParts(url: URL): BatchPart[] | null {
  if (!url.pathname.startsWith("/trpc/") || url.searchParams.get("batch") !== "1") return null;
  const procedures = decodeURIComponent(url.pathname.slice("/trpc/".length)).split(",");
  if (!procedures.some((p) => OFFLINE_READS.has(p))) return null;
  let inputs: Record<string, unknown>;
  try {
    inputs = JSON.parse(url.searchParams.get("input") ?? "{}") as Record<string, unknown>;
  } catch {
    return null;
  }
  return procedures.map((procedure, i) => ({
    procedure,
    key: OFFLINE_READS.has(procedure)
      ? `${url.origin}/offline-read/${procedure}?input=${encodeURIComponent(JSON.stringify(inputs[i] ?? null))}`
      : null,
  }));
}

/**
 * A batch item for a query the phone has no answer for offline, in tRPC's error shape (with
 * superjson's envelope), so that query fails on its own and the others still show.
 */
export const OFFLINE_ANSWER = {
  error: {
    json: {
      message: "Offline: no answer kept on this phone",
      code: -32603,
      data: { code: "INTERNAL_SERVER_ERROR", httpStatus: 503 },
    },
  },
};
