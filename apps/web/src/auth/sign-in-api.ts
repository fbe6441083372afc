import type { CurrentUser, loginInputSchema } from "@cw/domain";
import type { z } from "zod";
import type { ApiErrorShape } from "../lib/api-error.ts";

// The sign-in page's two calls, auth.me and auth.login, without the tRPC client, TanStack
// Query and superjson (~25 kB of compressed JavaScript): the page must stay within 100 kB
// (issue 15, decision 0029), and those load with the signed-in app (api-root.tsx). The
// requests are exactly what tRPC's httpBatchLink sends for a batch of one, so the server and
// the phone's service worker (its offline auth.me, offline-reads.ts) see no difference. Both
// procedures take and return plain JSON (strings, booleans, null), which superjson's envelope
// carries as `{ json }` with no `meta` to decode.

/** A refusal from the API, with the message and data the tRPC client would give (api-error.ts). */
export class SignInApiError extends Error implements ApiErrorShape {
  constructor(
    message: string,
    readonly data: ApiErrorShape["data"],
  ) {
    super(message);
  }
}

type BatchItem<T> = { result: { data: { json: T } } } | { error: { json: ApiErrorShape } };

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(path, init);
  let items: BatchItem<T>[];
  try {
    items = (await response.json()) as BatchItem<T>[];
  } catch {
    throw new SignInApiError(`${response.status} ${response.statusText}`, null);
  }
  const item = items[0];
  if (item && "result" in item) return item.result.data.json;
  const shape = item?.error.json;
  throw new SignInApiError(shape?.message ?? String(response.status), shape?.data ?? null);
}

// superjson's serialisation of an absent input, as httpBatchLink puts it in the query string.
const NO_INPUT = encodeURIComponent(
  JSON.stringify({ 0: { json: null, meta: { values: ["undefined"], v: 1 } } }),
);

/** Who is signed in (auth.me), or null when nobody is. Other failures throw. */
export async function fetchMe(): Promise<CurrentUser | null> {
  try {
    return await call<CurrentUser>(`/trpc/auth.me?batch=1&input=${NO_INPUT}`);
  } catch (error) {
    if (error instanceof SignInApiError && error.data?.code === "UNAUTHORIZED") return null;
    throw error;
  }
}

/** Signs in (auth.login); throws the server's refusal (a field's message, the code asked). */
export function signIn(input: z.input<typeof loginInputSchema>): Promise<CurrentUser> {
  return call<CurrentUser>("/trpc/auth.login?batch=1", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ 0: { json: input } }),
  });
}
