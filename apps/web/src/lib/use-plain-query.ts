import { useCallback, useEffect, useState } from "react";

export type PlainQueryState<T> =
  | { status: "pending" }
  | { status: "error"; error: unknown }
  | { status: "success"; data: T };

/**
 * One read of the public pages (plain-api.ts), asked when `key` changes: its state, a retry,
 * and `set` for the answer a mutation returns in its place (the report's status after an
 * answer). The public pages read one thing each and never share it, so they need none of
 * TanStack Query's cache (decision 0032); an answer that arrives after `key` changed is dropped.
 */
export function usePlainQuery<T>(
  key: string,
  load: () => Promise<T>,
): PlainQueryState<T> & { retry: () => void; set: (data: T) => void } {
  const [state, setState] = useState<PlainQueryState<T>>({ status: "pending" });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names what `load` reads; a new closure each render is not a new read.
  useEffect(() => {
    let current = true;
    setState({ status: "pending" });
    load().then(
      (data) => current && setState({ status: "success", data }),
      (error: unknown) => current && setState({ status: "error", error }),
    );
    return () => {
      current = false;
    };
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ status: "success", data }), []);
  return { ...state, retry, set };
}
