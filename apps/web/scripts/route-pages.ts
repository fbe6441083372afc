// After `vite build`: one page per role's first screen and language (dist/routes/<first path
// part>.<lang>.html), which the server sends instead of index.html at that address (decision
// 0034). Each is index.html with
// - <link rel="modulepreload"> for every chunk that screen's first load runs — the signed-in
//   app's API root and routes, the screen table, the screen, antd's provider where the screen
//   draws with it, the texts — so the browser fetches them all with the entry, in one round
//   trip, instead of discovering them a chunk at a time (three round trips on a phone before
//   the screen's code could run);
// - the first paint in the page itself: the top bar with the product's name over the loading
//   skeleton, in the page's language, as BootLoading draws it, so the phone shows the app
//   before any script has arrived.
// The sign-in page, the citizen's pages and any other address keep index.html.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { HOME } from "../src/app/nav.ts";
import { SCREEN_TABLE, screenAt } from "../src/app/screen-table.ts";
import {
  ANTD_PROVIDER,
  chunkClosure,
  entryKeys,
  type Manifest,
  SIGNED_IN_MODULES,
  screenTexts,
} from "./chunk-graph.mjs";

const WEB = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(WEB, "dist");
const LANGUAGES = ["zh-CN", "en"] as const;

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c,
  );

function coreTexts(lang: string): { title: string; loading: string } {
  const core = JSON.parse(readFileSync(join(WEB, "src", "locales", lang, "core.json"), "utf8"));
  return { title: core.app.title, loading: core.common.loading };
}

/** The modules a screen's first load needs in `lang`, as manifest keys. */
function firstLoadRoots(screen: keyof typeof SCREEN_TABLE, lang: string): string[] {
  const needs = SCREEN_TABLE[screen];
  return [
    ...SIGNED_IN_MODULES,
    `src/${needs.module}`,
    ...(needs.antd ? [ANTD_PROVIDER] : []),
    ...(needs.texts ? screenTexts(lang) : []),
    ...(lang === "zh-CN" ? [] : [`src/locales/${lang}/core.json`]),
  ];
}

/** index.html with the screen's preloads and first paint, in `lang`. */
export function routePage(
  index: string,
  manifest: Manifest,
  screen: keyof typeof SCREEN_TABLE,
  lang: string,
): string {
  const roots = firstLoadRoots(screen, lang);
  const missing = roots.filter((key) => !manifest[key]);
  if (missing.length) throw new Error(`not in the build's manifest: ${missing.join(", ")}`);
  // What index.html already loads (the entry and its static imports) is not listed again.
  const known = chunkClosure(manifest, entryKeys(manifest));
  const files = [
    ...new Set(chunkClosure(manifest, roots, { known }).map((key) => manifest[key]?.file)),
  ].filter((file): file is string => Boolean(file?.endsWith(".js")));
  const preloads = files
    .map((file) => `    <link rel="modulepreload" crossorigin href="/${file}">`)
    .join("\n");
  const { title, loading } = coreTexts(lang);
  const firstPaint =
    `<div id="root"><header class="topbar"><span class="brand">${escapeHtml(title)}</span>` +
    `</header><main class="page"><div class="boot-loading" role="status" aria-label="` +
    `${escapeHtml(loading)}"><span></span><span></span><span></span><span></span></div>` +
    "</main></div>";
  const page = index
    .replace('<html lang="zh-CN">', `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace("</head>", `\n${preloads}\n  </head>`)
    .replace('<div id="root"></div>', firstPaint);
  if (!page.includes(firstPaint) || !page.includes(`<html lang="${lang}">`))
    throw new Error("index.html no longer has the markup route-pages.ts expects");
  return page;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = readFileSync(join(DIST, "index.html"), "utf8");
  const manifest = JSON.parse(
    readFileSync(join(DIST, ".vite", "manifest.json"), "utf8"),
  ) as Manifest;
  mkdirSync(join(DIST, "routes"), { recursive: true });
  let count = 0;
  for (const home of new Set(Object.values(HOME))) {
    const screen = screenAt(home);
    if (!screen) throw new Error(`no screen at ${home}`);
    const part = home.split("/")[1];
    for (const lang of LANGUAGES) {
      writeFileSync(
        join(DIST, "routes", `${part}.${lang}.html`),
        routePage(index, manifest, screen, lang),
      );
      count++;
    }
  }
  console.log(`wrote ${count} first-screen pages`);
}
