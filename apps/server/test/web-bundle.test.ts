// The leader overview's first load must stay within 300 KB of gzipped JavaScript (issue 5).
// `npm test` builds the web app before vitest runs; the script reads that build's manifest.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../../web/scripts/bundle-size.mjs", import.meta.url));
const MANIFEST = fileURLToPath(new URL("../../web/dist/.vite/manifest.json", import.meta.url));

interface Measure {
  files: { file: string; gzipBytes: number }[];
  totalBytes: number;
  budgetBytes: number;
}

describe("the web app's bundle", () => {
  it("ships the overview's first load in at most 300 KB of gzipped JavaScript", async () => {
    expect(existsSync(MANIFEST), "run `npm run build` first (npm test does)").toBe(true);
    // The script exits 1 over budget; its JSON still says by how much.
    const run = await promisify(execFile)(process.execPath, [SCRIPT, "--json"]).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const measure = JSON.parse(run.stdout) as Measure;
    const report = measure.files.map((f) => `${f.gzipBytes} ${f.file}`).join("\n");
    expect(measure.budgetBytes).toBe(300_000);
    expect(measure.files.length, "no JavaScript found for the first load").toBeGreaterThan(0);
    expect(measure.totalBytes, `over budget:\n${report}`).toBeLessThanOrEqual(measure.budgetBytes);
  });
});
