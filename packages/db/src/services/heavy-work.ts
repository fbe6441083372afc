import pLimit from "p-limit";

/**
 * The work that needs tens of megabytes of this process's heap while it runs — a task-list
 * export (+66 MB for 50,000 rows with 100,000 pictures) and a survey import (+63 MB for
 * 20,000 respondents × 80 questions) — runs one at a time in each server process; the next
 * waits its turn. The server runs with a heap cap (decision 0035: 160 MB, under which the
 * 50-user load holds at ~300 MB RSS), and two such jobs at once would not fit in it beside the
 * requests. Both are rare (a coordinator's export, an office's survey file) and show their
 * progress, so a wait of seconds is the right price; a per-process slot holds nothing another
 * process needs (each process has its own heap), so it is not shared through the database.
 */
const slot = pLimit(1);

export function heavyWork<T>(work: () => Promise<T>): Promise<T> {
  return slot(work);
}

/** How many heavy jobs are waiting for the slot in this process (for tests and logs). */
export function heavyWorkWaiting(): number {
  return slot.pendingCount;
}
