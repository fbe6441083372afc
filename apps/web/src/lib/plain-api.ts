import type { ApiErrorShape } from "./api-error.ts";

// The public pages' way to call the API — the sign-in page (decision 0029) and the citizen's
// report pages (decision 0032) — without the tRPC client, TanStack Query and superjson, which
// load with the signed-in app (api-root.tsx): those pages must stay small on a phone (issue
// 15). The requests are exactly what tRPC's httpBatchLink sends for a batch of one, so the
// server and the phone's service worker (its offline auth.me, offline-reads.ts) see no
// difference. Inputs must be plain JSON (strings, numbers, booleans, arrays, objects): what
// superjson sends for them is `{ json }` with no `meta`. An answer that carries a `meta` (a
// Date in it) is decoded by superjson itself, fetched only then.

/** A refusal from the API, with the message and data the tRPC client would give (api-error.ts). */
export class PlainApiError extends Error implements ApiErrorShape {
  constructor(
    message: string,
    readonly data: ApiErrorShape["data"],
  ) {
    super(message);
  }
}

type Envelope = { json: unknown; meta?: unknown };
type BatchItem = { result: { data: Envelope } } | { error: { json: ApiErrorShape } };

async function decode<T>(envelope: Envelope): Promise<T> {
  if (!envelope.meta) return envelope.json as T;
  const { default: superjson } = await import("superjson");
  // biome-ignore lint/suspicious/noExplicitAny: superjson's SuperJSONResult has a private meta type; this is its own output.
  return superjson.deserialize<T>(envelope as any);
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  let items: BatchItem[];
  try {
    items = (await response.json()) as BatchItem[];
  } catch {
    throw new PlainApiError(`${response.status} ${response.statusText}`, null);
  }
  const item = items[0];
  if (item && "result" in item) return decode<T>(item.result.data);
  const shape = item?.error.json;
  throw new PlainApiError(shape?.message ?? String(response.status), shape?.data ?? null);
}

// superjson's serialisation of an absent input, as httpBatchLink puts it in the query string.
const NO_INPUT = { json: null, meta: { values: ["undefined"], v: 1 } };

/** A query (GET), with its plain-JSON input or none. */
export function plainQuery<T>(path: string, input?: unknown): Promise<T> {
  const sent = input === undefined ? NO_INPUT : { json: input };
  return call<T>(`/trpc/${path}?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: sent }))}`);
}

/** A mutation (POST), with its plain-JSON input or none. */
export function plainMutation<T>(path: string, input?: unknown): Promise<T> {
  return call<T>(`/trpc/${path}?batch=1`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ 0: input === undefined ? NO_INPUT : { json: input } }),
  });
}
