import { Button } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";

/**
 * One button naming the other language in that language ("English" / "中文"), so a user who
 * cannot read the current one still finds theirs.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  const other = language === "en" ? "zh-CN" : "en";
  return (
    <Button
      size="small"
      lang={other}
      aria-label={`${t("app.language")}: ${other === "en" ? "English" : "中文"}`}
      onClick={() => setLanguage(other)}
      data-testid="language-switch"
    >
      {other === "en" ? "English" : "中文"}
    </Button>
  );
}
