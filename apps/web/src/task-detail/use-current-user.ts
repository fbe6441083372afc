import type { CurrentUser } from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../lib/trpc.ts";

/** The signed-in user, from the cache the app filled before showing any screen. */
export function useCurrentUser(): CurrentUser | undefined {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { retry: false })).data;
}
