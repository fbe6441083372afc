import type { Database, SignedInUser } from "@cw/db";
import { TRPCError } from "@trpc/server";
import { callerContext } from "../../src/context.ts";
import { createCaller } from "../../src/router.ts";

export function callerFor(db: Database, actor: SignedInUser | null, now?: Date) {
  return createCaller(callerContext(db, actor, now ? { now: () => now } : {}));
}

/** The tRPC code a call failed with, or "OK". */
export async function codeOf(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** The domain error behind a failed call: its message key and field keys. */
export async function domainErrorOf(call: Promise<unknown>) {
  try {
    await call;
  } catch (error) {
    const cause = (error as TRPCError).cause as
      | { key?: string; fields?: Record<string, string> }
      | undefined;
    return { code: (error as TRPCError).code, key: cause?.key, fields: cause?.fields ?? {} };
  }
  throw new Error("expected the call to fail");
}
