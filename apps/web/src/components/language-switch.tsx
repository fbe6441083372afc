import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";

/**
 * One button naming the other language in that language ("English" / "中文"), so a user who
 * cannot read the current one still finds theirs. A plain button drawn as antd's small one
 * (`.lang-switch` in styles.css): it is on the sign-in page, which loads no UI kit (issue 15).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const other = language === "en" ? "zh-CN" : "en";
  return (
    <button
      type="button"
      className="lang-switch"
      lang={other}
      aria-label={`${t("app.language")}: ${other === "en" ? "English" : "中文"}`}
      onClick={() => setLanguage(other)}
      data-testid="language-switch"
    >
      {other === "en" ? "English" : "中文"}
    </button>
  );
}
