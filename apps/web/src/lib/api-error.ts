/** What the server's error formatter puts on every tRPC error (apps/server/src/trpc.ts). */
export interface ApiErrorShape {
  message: string;
  data?: { code?: string; fields?: Record<string, string> | null } | null;
}

export function asApiError(error: unknown): ApiErrorShape | null {
  return error && typeof error === "object" && "message" in error ? (error as ApiErrorShape) : null;
}

/** The server's message, already in the user's language (the lang cookie). */
export function errorMessage(error: unknown): string {
  return asApiError(error)?.message ?? String(error);
}

export function isUnauthorized(error: unknown): boolean {
  return asApiError(error)?.data?.code === "UNAUTHORIZED";
}
