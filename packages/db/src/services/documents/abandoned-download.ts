import type { Writable } from "node:stream";

/**
 * Rejects when `out` is closed before it has finished — the download was abandoned (the
 * browser closed, the connection dropped) — so a writer waiting on it for "drain" or for its
 * last bytes to flush stops instead of waiting forever. A writer left waiting would keep its
 * workbook in the heap and, since exports take turns (heavyWork), every later export with it.
 */
export function abandonedDownload(out: Writable): Promise<never> {
  const abandoned = new Promise<never>((_, reject) => {
    const stop = () => reject(new Error("the download was abandoned before the export finished"));
    if (out.destroyed && !out.writableFinished) return stop();
    out.once("close", () => {
      if (!out.writableFinished) stop();
    });
  });
  // Nobody may be waiting on it when it rejects (between pages); the writer looks again.
  abandoned.catch(() => {});
  return abandoned;
}
