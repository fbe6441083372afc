import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import zhCN from "../locales/zh-CN.json";

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

// Chinese, the default, ships with the app; English is fetched the first time it is chosen,
// so most users' first load carries one catalogue.
export const i18n = i18next.createInstance();
void i18n.use(initReactI18next).init({
  resources: { "zh-CN": { translation: zhCN } },
  lng: "zh-CN",
  fallbackLng: "zh-CN",
  // React escapes text already.
  interpolation: { escapeValue: false },
  // The resources are inline: initialise now, so the first render is already translated.
  initAsync: false,
});

/** Switches the app (and, through the cookie, the server) to `language`. */
export async function setLanguage(language: Language): Promise<void> {
  if (language === "en" && !i18n.hasResourceBundle("en", "translation")) {
    const en = await import("../locales/en.json");
    i18n.addResourceBundle("en", "translation", en.default);
  }
  saveLanguage(language);
  await i18n.changeLanguage(language);
}
