import type { CurrentUser, loginInputSchema } from "@cw/domain";
import type { z } from "zod";
import { PlainApiError, plainMutation, plainQuery } from "../lib/plain-api.ts";

// The sign-in page's two calls, auth.me and auth.login, through plain-api.ts rather than the
// tRPC client (~25 kB of compressed JavaScript with TanStack Query and superjson): the page
// must stay within 100 kB (issue 15, decision 0029). Both procedures take and return plain
// JSON (strings, booleans, null), guarded by sign-in-wire.test.ts.

/** Who is signed in (auth.me), or null when nobody is. Other failures throw. */
export async function fetchMe(): Promise<CurrentUser | null> {
  try {
    return await plainQuery<CurrentUser>("auth.me");
  } catch (error) {
    if (error instanceof PlainApiError && error.data?.code === "UNAUTHORIZED") return null;
    throw error;
  }
}

/** Signs in (auth.login); throws the server's refusal (a field's message, the code asked). */
export function signIn(input: z.input<typeof loginInputSchema>): Promise<CurrentUser> {
  return plainMutation<CurrentUser>("auth.login", input);
}
