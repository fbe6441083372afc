// Which files of a Vite build a set of modules needs, read from the build's manifest
// (dist/.vite/manifest.json): the bundle budget (bundle-size.mjs) and the phone's precache
// (vite.config.ts) both ask it.

/**
 * The manifest keys reached from `roots` through static imports, and through dynamic imports
 * too when `dynamic` is set. Roots missing from the manifest are skipped, and so are the keys
 * in `known` and what only they reach (already counted elsewhere).
 */
export function chunkClosure(manifest, roots, { dynamic = false, known = [] } = {}) {
  const seen = new Set();
  const skip = new Set(known);
  const visit = (key) => {
    if (seen.has(key) || skip.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
    if (dynamic) for (const next of manifest[key].dynamicImports ?? []) visit(next);
  };
  for (const root of roots) visit(root);
  return [...seen];
}

/** The entry chunks' keys (what index.html loads). */
export const entryKeys = (manifest) =>
  Object.entries(manifest)
    .filter(([, chunk]) => chunk.isEntry)
    .map(([key]) => key);

/** Every file of those chunks: their JavaScript, CSS and assets. */
export function chunkFiles(manifest, keys) {
  const files = new Set();
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    files.add(chunk.file);
    for (const file of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(file);
  }
  return files;
}
