import { Prisma } from "@cw/db";
import { DomainError } from "@cw/domain";

/** What a driver adapter says about a failed statement (`@prisma/driver-adapter-utils`). */
interface AdapterCause {
  kind?: string;
  code?: string;
  originalCode?: string;
  constraint?: { fields?: string[] };
}

/** The adapter's error details behind a Prisma error, or behind a DriverAdapterError. */
export function adapterCause(error: unknown): AdapterCause | null {
  if (typeof error !== "object" || error === null) return null;
  const e = error as { name?: string; meta?: Record<string, unknown>; cause?: unknown };
  const fromMeta = (e.meta?.driverAdapterError as { cause?: AdapterCause } | undefined)?.cause;
  if (fromMeta) return fromMeta;
  if (e.name === "DriverAdapterError") return (e.cause as AdapterCause | undefined) ?? null;
  return null;
}

export function isDatabaseError(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError ||
    error instanceof Prisma.PrismaClientUnknownRequestError ||
    error instanceof Prisma.PrismaClientValidationError ||
    adapterCause(error) !== null
  );
}

// Data the database refused (SQLSTATE class 22: data exception). The edge refuses these
// first (packages/domain/src/schemas/common.ts); this is the backstop, a 400 and not a 500.
const REFUSED_DATA_KINDS = new Set(["ValueOutOfRange", "InvalidInputValue", "LengthMismatch"]);

/**
 * Database errors with a user meaning become the same DomainErrors the services throw: not
 * found, duplicate, missing reference, refused data, a write conflict to retry. Anything else
 * (the database unreachable, a bug) is left to the caller as an internal error.
 */
export function databaseDomainError(error: unknown): DomainError | null {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const target = constraintField(error.meta);
    if (error.code === "P2025")
      return new DomainError("not_found", "error.not_found", { entity: "", id: "" });
    if (error.code === "P2002")
      return new DomainError("conflict", "error.duplicate", { field: target });
    if (error.code === "P2003")
      return new DomainError("bad_request", "error.reference_missing", { field: target });
  }
  const cause = adapterCause(error);
  if (!cause) return null;
  const sqlState = cause.originalCode ?? cause.code ?? "";
  if (REFUSED_DATA_KINDS.has(cause.kind ?? "") || sqlState.startsWith("22"))
    return new DomainError("bad_request", "error.data_refused");
  // A raw statement's unique violation (bulk inserts use unnest, not createMany): as P2002.
  if (cause.kind === "UniqueConstraintViolation" || sqlState === "23505")
    return new DomainError("conflict", "error.duplicate", {
      field: (cause.constraint?.fields ?? []).join(", "),
    });
  if (cause.kind === "TransactionWriteConflict" || sqlState === "40001" || sqlState === "40P01")
    return new DomainError("conflict", "error.write_conflict");
  return null;
}

/** The column a constraint error is about, from the driver adapter's error details. */
function constraintField(meta: Record<string, unknown> | undefined): string {
  const cause = (meta?.driverAdapterError as { cause?: AdapterCause })?.cause;
  const fields =
    cause?.constraint?.fields ?? (Array.isArray(meta?.target) ? (meta.target as string[]) : []);
  return fields.join(", ");
}
