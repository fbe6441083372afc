import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import type { CategoryView } from "./checklist-types.ts";

// The last list seen, for a form opened with no signal (categories change rarely).
const SAVED = "cw-inspect-categories";

function saved(): CategoryView[] | undefined {
  try {
    return JSON.parse(localStorage.getItem(SAVED) ?? "null") ?? undefined;
  } catch {
    return undefined;
  }
}

/** The finding categories as a select (an antd Form control: id, value, onChange). */
export function CategorySelect(props: {
  id?: string;
  value?: string;
  onChange?: (code: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const categories = useQuery({
    ...trpc.categories.list.queryOptions({ active: true }),
    placeholderData: saved,
  });
  const fresh = categories.isSuccess && !categories.isPlaceholderData ? categories.data : null;
  useEffect(() => {
    if (fresh) localStorage.setItem(SAVED, JSON.stringify(fresh));
  }, [fresh]);
  return (
    <Select
      {...props}
      size="large"
      placeholder={t("inspect.categoryPlaceholder")}
      loading={categories.isFetching && !categories.data}
      notFoundContent={categories.isError ? t("inspect.categoriesFailed") : undefined}
      options={(categories.data ?? []).map((c) => ({
        value: c.code,
        label: language === "en" ? c.nameEn || c.name : c.name,
      }))}
    />
  );
}
