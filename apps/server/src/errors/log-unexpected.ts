import { adapterCause } from "./database-errors.ts";

const MAX_MESSAGE = 300;

/**
 * One short line for an error nobody expected: where, what kind, the database's code if
 * any, and the first line of the message, cut short. No stack and no input: an anonymous
 * caller who can provoke errors must not be able to flood the log or read data back from it.
 */
export function briefError(error: unknown): string {
  if (!(error instanceof Error)) return `non-error thrown: ${typeof error}`;
  const cause = adapterCause(error);
  const code = (error as { code?: unknown }).code;
  const parts = [error.name];
  if (typeof code === "string") parts.push(code);
  if (cause?.kind) parts.push(cause.kind);
  if (cause?.originalCode ?? cause?.code)
    parts.push(`sqlstate=${cause.originalCode ?? cause.code}`);
  const firstLine = (error.message.split("\n").find((line) => line.trim() !== "") ?? "").trim();
  return `${parts.join(" ")}: ${firstLine.slice(0, MAX_MESSAGE)}`;
}

/** Logs an unexpected failure once, in one line (see briefError). */
export function logUnexpected(where: string, error: unknown): void {
  console.error(`[${where}] ${briefError(error)}`);
}
