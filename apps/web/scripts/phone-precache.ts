import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestTransform } from "workbox-build";
import { chunkClosure, chunkFiles, entryKeys, type Manifest } from "./chunk-graph.mjs";

/**
 * The screens that must open without signal (decision 0024): the inspector's (field checks
 * and verifications), the unit officer's and the sign-in form, with everything they load, on demand too (the photo
 * resizer, the texts of the other screens and of English).
 */
const PHONE_SCREENS = [
  "src/inspect/inspect-page.tsx",
  "src/verify/verify-page.tsx",
  "src/unit/unit-page.tsx",
  "src/auth/login-page.tsx",
  "src/locales/zh-CN/screens.json",
  "src/locales/zh-CN/report.json",
  "src/locales/en/core.json",
  "src/locales/en/screens.json",
  "src/locales/en/report.json",
];

/** A screen's module (a route of app-routes.tsx) or the overview's parts: only the phone
 * screens are precached. */
const SCREEN = /-page\.tsx$|^src\/overview\//;

/** Files outside the chunk graph that the shell needs: the page and its icons (the plugin adds
 * the web manifest itself). */
const SHELL_FILE = /^(index\.html|icons\/.+)$/;

/**
 * Narrows the precache to the app shell (index.html and its first-load chunks) and the phone
 * screens' chunks, read from the build's manifest; the desktop screens load from the network
 * as before. A phone screen's lazy imports are followed (a photo is resized offline too); of
 * the entry's, only those that are not a screen.
 */
export function phonePrecache(dist: string): ManifestTransform {
  return async (entries) => {
    const manifest = JSON.parse(
      readFileSync(join(dist, ".vite", "manifest.json"), "utf8"),
    ) as Manifest;
    const entryChunks = entryKeys(manifest);
    // The shell: the entry's chunks and what they load on demand but the screens — the
    // signed-in app's parts (antd's theme, the routes; issue 15), and what those load on
    // demand in turn (the error alert, the notification panel, the status pages, antd's
    // English) — followed until only screens are left.
    const roots = [...entryChunks];
    let shell = chunkClosure(manifest, roots);
    for (;;) {
      const parts = shell
        .flatMap((key) => manifest[key]?.dynamicImports ?? [])
        .filter((key) => !SCREEN.test(key) && !roots.includes(key));
      if (parts.length === 0) break;
      roots.push(...new Set(parts));
      shell = chunkClosure(manifest, roots);
    }
    // The entry's chunks lazily import every screen: the walk stops at them.
    const phone = chunkClosure(manifest, PHONE_SCREENS, { dynamic: true, known: shell });
    const wanted = chunkFiles(manifest, [...shell, ...phone]);
    const missing = PHONE_SCREENS.filter((key) => !manifest[key]);
    const warnings = missing.map((key) => `phone precache: ${key} is not in the build`);
    return {
      manifest: entries.filter((e) => wanted.has(e.url) || SHELL_FILE.test(e.url)),
      warnings,
    };
  };
}
