import { DomainError, type DomainErrorKind } from "@cw/domain";
import { TRPCError } from "@trpc/server";
import { databaseDomainError } from "./database-errors.ts";

const CODES: Record<DomainErrorKind, TRPCError["code"]> = {
  bad_request: "BAD_REQUEST",
  unauthorized: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
  too_many_requests: "TOO_MANY_REQUESTS",
};

/** A domain error, or a database error with a user meaning as one (database-errors.ts). */
export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  return databaseDomainError(error);
}

/**
 * The one place errors become tRPC codes. Domain errors keep their message key so the
 * formatter can translate them; database errors that slipped past validation become the same
 * user errors rather than a 500.
 */
export function toTRPCError(error: unknown): TRPCError | null {
  const domain = toDomainError(error);
  if (!domain) return null;
  return new TRPCError({ code: CODES[domain.kind], message: domain.key, cause: domain });
}
