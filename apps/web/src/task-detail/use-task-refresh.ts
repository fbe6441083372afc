import { useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "../lib/trpc.ts";

/**
 * After any change: every task query (lists, counts, the detail and its history) and the
 * overview's numbers are refetched, so board, unit view and overview agree.
 */
export function useTaskRefresh(): () => Promise<void> {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.tasks.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.overview.pathKey() }),
    ]);
  };
}
