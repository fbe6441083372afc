import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ManifestTransform } from "workbox-build";
import { chunkClosure, chunkFiles, entryKeys, type Manifest } from "./chunk-graph.mjs";

/**
 * The screens that must open without signal (decision 0024): the inspector's, the unit
 * officer's and the sign-in form, with everything they load, on demand too (the photo
 * resizer, the texts of the other screens and of English).
 */
const PHONE_SCREENS = [
  "src/inspect/inspect-page.tsx",
  "src/unit/unit-page.tsx",
  "src/auth/login-page.tsx",
  "src/locales/zh-CN/screens.json",
  "src/locales/en/core.json",
  "src/locales/en/screens.json",
];

/** Files outside the chunk graph that the shell needs: the page and its icons (the plugin adds
 * the web manifest itself). */
const SHELL_FILE = /^(index\.html|icons\/.+)$/;

/**
 * Narrows the precache to the app shell (index.html and its first-load chunks) and the phone
 * screens' chunks, read from the build's manifest; the desktop screens load from the network
 * as before. A phone screen's lazy imports are followed (a photo is resized offline too),
 * the entry's are not (they are every screen).
 */
export function phonePrecache(dist: string): ManifestTransform {
  return async (entries) => {
    const manifest = JSON.parse(
      readFileSync(join(dist, ".vite", "manifest.json"), "utf8"),
    ) as Manifest;
    const shell = chunkClosure(manifest, entryKeys(manifest));
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
