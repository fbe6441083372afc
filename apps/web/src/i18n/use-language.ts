import { useTranslation } from "react-i18next";
import { type Language, setLanguage } from "./i18n.ts";

/** The current language and a switch that also tells the server (lang cookie). */
export function useLanguage(): { language: Language; setLanguage: (l: Language) => void } {
  const { i18n } = useTranslation();
  const language: Language = i18n.language === "en" ? "en" : "zh-CN";
  return { language, setLanguage: (next) => void setLanguage(next) };
}
