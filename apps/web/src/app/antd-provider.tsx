import { ConfigProvider } from "antd";
import type { Locale } from "antd/es/locale";
import zhCN from "antd/locale/zh_CN";
import { type ReactNode, useEffect, useState } from "react";
import { useLanguage } from "../i18n/use-language.ts";

const THEME = {
  // The campaign's red, as on the old top bar; antd derives hover and focus shades from it.
  // Links in antd's blue-7: its default #1677ff is 4.1:1 on white, under WCAG AA's 4.5:1.
  token: { colorPrimary: "#b42318", colorLink: "#0958d9", borderRadius: 6 },
};

/** antd in the user's language (its own texts: pagination, empty, date pickers). */
export default function AntdProvider({ children }: { children: ReactNode }) {
  const { language } = useLanguage();
  // English is fetched when first chosen, like the app's own English catalogue.
  const [enUS, setEnUS] = useState<Locale | null>(null);
  useEffect(() => {
    if (language === "en" && !enUS)
      void import("antd/locale/en_US").then((m) => setEnUS(m.default));
  }, [language, enUS]);
  return (
    <ConfigProvider
      locale={language === "en" && enUS ? enUS : zhCN}
      theme={THEME}
      // antd puts a space between two CJK characters on buttons ("登 录"): keep words whole,
      // for readers and for screen readers and tests that look for the word.
      button={{ autoInsertSpace: false }}
    >
      {children}
    </ConfigProvider>
  );
}
