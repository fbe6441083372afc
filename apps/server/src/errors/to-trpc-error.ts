import { Prisma } from "@cw/db";
import { DomainError, type DomainErrorKind } from "@cw/domain";
import { TRPCError } from "@trpc/server";

const CODES: Record<DomainErrorKind, TRPCError["code"]> = {
  bad_request: "BAD_REQUEST",
  unauthorized: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  not_found: "NOT_FOUND",
  conflict: "CONFLICT",
};

/**
 * The one place errors become tRPC codes. Domain errors keep their message key so the
 * formatter can translate them; database constraint errors that slipped past validation
 * become the same user errors rather than a 500.
 */
export function toTRPCError(error: unknown): TRPCError | null {
  if (error instanceof DomainError) {
    return new TRPCError({ code: CODES[error.kind], message: error.key, cause: error });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const target = constraintField(error.meta);
    const domain =
      error.code === "P2025"
        ? new DomainError("not_found", "error.not_found", { entity: "", id: "" })
        : error.code === "P2002"
          ? new DomainError("conflict", "error.duplicate", { field: target })
          : error.code === "P2003"
            ? new DomainError("bad_request", "error.reference_missing", { field: target })
            : null;
    if (domain)
      return new TRPCError({ code: CODES[domain.kind], message: domain.key, cause: domain });
  }
  return null;
}

/** The column a constraint error is about, from the driver adapter's error details. */
function constraintField(meta: Record<string, unknown> | undefined): string {
  const cause = (meta?.driverAdapterError as { cause?: { constraint?: { fields?: string[] } } })
    ?.cause;
  const fields =
    cause?.constraint?.fields ?? (Array.isArray(meta?.target) ? (meta.target as string[]) : []);
  return fields.join(", ");
}
