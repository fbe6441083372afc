import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "../services/audit.ts";

/**
 * Holds a lock on `key` until the caller's transaction ends (a PostgreSQL advisory lock on a
 * hash of the text). Two transactions asking for the same key run one after the other, so a
 * find-or-create inside it cannot create twice.
 */
export async function lockForTransaction(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw(Prisma.sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}
