/**
 * A stale version (someone changed the task since it was read) or a state that moved on:
 * the server answers CONFLICT for both, and the cure is the same, reload and look again.
 */
export function isConflict(error: unknown): boolean {
  return (
    !!error &&
    typeof error === "object" &&
    (error as { data?: { code?: string } | null }).data?.code === "CONFLICT"
  );
}
