import type { AppRouter } from "@cw/server";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import superjson from "superjson";
import { PhotoUploadError } from "../lib/photo-upload.ts";

/**
 * The queue's own client, outside React: it sends while the inspector moves between screens.
 * Unbatched, so one entry's failure never takes another entry's request with it.
 */
export const outboxClient = createTRPCClient<AppRouter>({
  links: [httpLink({ url: "/trpc", transformer: superjson })],
});

/**
 * Why a send failed decides what the queue does: `offline` and `retry` keep the entry and stop
 * (entries go in order), `refused` means the server looked at it and said no — resending the
 * same entry would only be refused again, so it waits for the inspector instead.
 */
export class SendFailure extends Error {
  constructor(
    readonly kind: "offline" | "retry" | "signedOut" | "refused",
    message: string,
  ) {
    super(message);
  }
}

export function classify(error: unknown): SendFailure {
  if (error instanceof SendFailure) return error;
  if (error instanceof PhotoUploadError) {
    if (error.status === 401) return new SendFailure("signedOut", error.message);
    // A 5xx, or an answer not from the app (a proxy's error page): worth sending again.
    if (error.status >= 500 || !error.answered) return new SendFailure("retry", error.message);
    return new SendFailure("refused", error.message);
  }
  if (error instanceof TRPCClientError) {
    const data = error.data as { code?: string; httpStatus?: number } | undefined | null;
    // No tRPC answer at all: the request never arrived or its reply was lost.
    if (!data) return new SendFailure("offline", error.message);
    if (data.code === "UNAUTHORIZED") return new SendFailure("signedOut", error.message);
    if ((data.httpStatus ?? 500) >= 500) return new SendFailure("retry", error.message);
    return new SendFailure("refused", error.message);
  }
  // fetch rejects with a TypeError when the network is down.
  return new SendFailure("offline", error instanceof Error ? error.message : String(error));
}
