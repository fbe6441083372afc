#!/usr/bin/env node
// The leader overview's first-load budget (issue 5): the compressed size of every JavaScript
// file a browser fetches to show the overview, found from the build's manifest — as the
// server sends it: the Brotli copy that scripts/compress.mjs writes (every current browser
// accepts br). The gzip size is reported too, for browsers that do not. Those are the
// entry that index.html loads, everything it imports statically (the modulepreload links),
// and the overview screen's own chunk and static imports should it ever become lazy. Chunks
// loaded on demand (other screens, the custom date picker) are not counted.
//
//   node apps/web/scripts/bundle-size.mjs          prints the files and the total
//   node apps/web/scripts/bundle-size.mjs --json   prints {files, totalBytes, budgetBytes}
// Exits 1 when the total exceeds the budget; `npm run build` must have run first.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chunkClosure, entryKeys } from "./chunk-graph.mjs";

// 300 KB read strictly (300,000 bytes, not 300 KiB), so the budget holds under either reading.
export const BUDGET_BYTES = 300_000;
export const OVERVIEW_MODULE = "src/overview/overview-page.tsx";
const DIST = join(dirname(fileURLToPath(import.meta.url)), "..", "dist");

/** Manifest keys whose chunks the overview's first load needs. */
function firstLoadChunks(manifest) {
  // The overview's own key is present only if the overview is its own (lazy) chunk.
  return chunkClosure(manifest, [...entryKeys(manifest), OVERVIEW_MODULE]);
}

export function measureOverviewFirstLoad(dist = DIST) {
  const manifest = JSON.parse(readFileSync(join(dist, ".vite", "manifest.json"), "utf8"));
  const files = [...new Set(firstLoadChunks(manifest).map((key) => manifest[key].file))]
    .filter((file) => file.endsWith(".js"))
    .map((file) => {
      const bytes = readFileSync(join(dist, file));
      const brotliBytes = readFileSync(join(dist, `${file}.br`)).length;
      return {
        file,
        bytes: bytes.length,
        brotliBytes,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    })
    .sort((a, b) => b.brotliBytes - a.brotliBytes);
  const totalBytes = files.reduce((sum, f) => sum + f.brotliBytes, 0);
  const gzipTotalBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { files, totalBytes, gzipTotalBytes, budgetBytes: BUDGET_BYTES };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = measureOverviewFirstLoad();
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  if (process.argv.includes("--json")) console.log(JSON.stringify(result));
  else {
    for (const f of result.files) console.log(`${kb(f.brotliBytes).padStart(10)}  ${f.file}`);
    console.log(
      `${kb(result.totalBytes).padStart(10)}  total as sent, Brotli (budget ${kb(BUDGET_BYTES)})`,
    );
    console.log(`${kb(result.gzipTotalBytes).padStart(10)}  total if gzip`);
  }
  if (result.totalBytes > BUDGET_BYTES) {
    console.error(
      `The overview's first load is ${kb(result.totalBytes)} (Brotli), over ${kb(BUDGET_BYTES)}.`,
    );
    process.exit(1);
  }
}
