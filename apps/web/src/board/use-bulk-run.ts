import type { TaskListItem } from "@cw/domain";
import { useState } from "react";
import { errorMessage } from "../lib/api-error.ts";

export interface RowResult {
  findingId: string;
  code: string;
  state: "waiting" | "running" | "done" | "failed";
  message?: string;
}

/**
 * Runs one call per selected task, one after the other (each with the version it was listed
 * at, so a task someone else changed meanwhile fails alone), and keeps each row's outcome.
 */
export function useBulkRun() {
  const [results, setResults] = useState<RowResult[]>([]);
  const [running, setRunning] = useState(false);

  const run = async (rows: TaskListItem[], call: (row: TaskListItem) => Promise<unknown>) => {
    const initial: RowResult[] = rows.map((r) => ({
      findingId: r.findingId,
      code: r.code,
      state: "waiting",
    }));
    setResults(initial);
    setRunning(true);
    const update = (i: number, patch: Partial<RowResult>) =>
      setResults((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));
    for (const [i, row] of rows.entries()) {
      update(i, { state: "running" });
      try {
        await call(row);
        update(i, { state: "done" });
      } catch (error) {
        update(i, { state: "failed", message: errorMessage(error) });
      }
    }
    setRunning(false);
  };

  const finished = results.filter((r) => r.state === "done" || r.state === "failed").length;
  return { results, running, run, finished, started: results.length > 0 };
}
