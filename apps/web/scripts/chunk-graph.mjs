// Which files of a Vite build a set of modules needs, read from the build's manifest
// (dist/.vite/manifest.json): the bundle budget (bundle-size.mjs) and the phone's precache
// (vite.config.ts) both ask it; the first screens' pages (route-pages.ts) too, with the lists below.

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

// The first load of a signed-in screen, as manifest keys, for the bundle budget
// (bundle-size.mjs) and the first screens' pages (route-pages.ts) alike.

/** What every signed-in screen's first load runs besides the screen (app.tsx's lazy parts). */
export const SIGNED_IN_MODULES = [
  "src/app/api-root.tsx",
  "src/app/app-routes.tsx",
  "src/app/screen-code.ts",
];

/** antd's provider, with a screen drawn with antd (not the phone screens': decision 0033). */
export const ANTD_PROVIDER = "src/app/antd-provider.tsx";

/** The screens' texts beyond the core catalogue in `lang`, with the report part (the photo
 * picker's texts are in it). */
export const screenTexts = (lang) => [
  `src/locales/${lang}/screens.json`,
  `src/locales/${lang}/report.json`,
];
