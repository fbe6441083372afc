import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import zhCNCore from "../locales/zh-CN/core.json";

export const LANGUAGES = ["zh-CN", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** The server reads this cookie to answer in the same language (error messages). */
export const LANG_COOKIE = "lang";

/** zh-CN unless the user chose English before (the cookie outlives the session). */
export function savedLanguage(): Language {
  const match = document.cookie.match(/(?:^|;\s*)lang=([^;]*)/);
  return match?.[1] === "en" ? "en" : "zh-CN";
}

function saveLanguage(language: Language): void {
  // Lax, not Strict: a bookmarked link opened from elsewhere should still be in English.
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not in every browser the city's staff use (Firefox, older Safari).
  document.cookie = `${LANG_COOKIE}=${language}; Path=/; Max-Age=31536000; SameSite=Lax`;
  document.documentElement.lang = language;
}

// The first load carries only the Chinese texts of the layout, sign-in, overview and task
// list ("core"); the texts of the citizen's report pages and the photo picker ("report")
// arrive with the report pages or the first staff screen that needs them; every other
// screen's texts ("screens") with the first screen that needs them; English is fetched the
// first time it is chosen. This keeps each first load within its budget however many screens
// the product grows (issue 15): a citizen's phone never loads the staff screens' texts.
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { "zh-CN": { translation: zhCNCore } },
  lng: "zh-CN",
  fallbackLng: "zh-CN",
  // React escapes text already.
  interpolation: { escapeValue: false },
  // The resources are inline: initialise now, so the first render is already translated.
  initAsync: false,
});

type Part = "core" | "report" | "screens";
const catalogues = import.meta.glob<{ default: Record<string, unknown> }>([
  "../locales/*/*.json",
  "!../locales/zh-CN/core.json",
]);
const loaded = new Set<string>(["zh-CN/core"]);
/** The parts asked for so far: a change of language loads them in the new one too. */
const wanted = new Set<Part>(["core"]);

async function ensurePart(language: Language, part: Part): Promise<void> {
  const key = `${language}/${part}`;
  if (loaded.has(key)) return;
  const load = catalogues[`../locales/${key}.json`];
  if (!load) return;
  const messages = await load();
  i18n.addResourceBundle(language, "translation", messages.default, true, true);
  loaded.add(key);
}

async function ensureParts(parts: readonly Part[]): Promise<void> {
  for (const part of parts) wanted.add(part);
  await Promise.all(parts.map((part) => ensurePart(i18n.language as Language, part)));
}

/** Loads the texts of the staff screens beyond the overview (called by every lazy screen). */
export function ensureScreenMessages(): Promise<void> {
  // The staff's phone screens share the photo picker with the report page.
  return ensureParts(["report", "screens"]);
}

/** Loads the texts of the citizen's report pages (and the photo picker they use). */
export function ensureReportMessages(): Promise<void> {
  return ensureParts(["report"]);
}

/** Switches the app (and, through the cookie, the server) to `language`. */
export async function setLanguage(language: Language): Promise<void> {
  await Promise.all([...wanted].map((part) => ensurePart(language, part)));
  saveLanguage(language);
  await i18n.changeLanguage(language);
}
