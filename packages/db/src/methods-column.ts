import type { Method } from "@cw/domain";

/**
 * assessment_standard.methods is the one vocabulary column that is a list, so it is text[]
 * held to METHODS by a CHECK constraint rather than an enum (docs/decisions/0010): what it
 * holds are Methods, and this is the one place that says so to the compiler.
 */
export function methodsColumn(methods: readonly string[]): Method[] {
  return methods as Method[];
}
