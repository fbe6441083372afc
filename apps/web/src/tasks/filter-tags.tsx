import { useQuery } from "@tanstack/react-query";
import { Button, Flex, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDate } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import type { TaskListFilters } from "./task-list-href.ts";

const DATE_KEYS = new Set([
  "foundFrom",
  "foundTo",
  "closedFrom",
  "closedTo",
  "deadlineFrom",
  "deadlineTo",
]);

/** The list's active filters in words, each removable; "clear all" empties the URL. */
export function FilterTags({
  filters,
  onRemove,
  onClear,
  ownerNameOf,
}: {
  filters: TaskListFilters;
  ownerNameOf?: (id: string) => string | undefined;
  onRemove: (key: keyof TaskListFilters) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  // The same lists the overview's filters loaded: usually already cached.
  const units = useQuery(trpc.units.list.queryOptions({}));
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  const siteTypes = useQuery(trpc.siteTypes.list.queryOptions({}));
  const categories = useQuery(trpc.categories.list.queryOptions({}));
  const site = useQuery({
    ...trpc.sites.get.queryOptions({ id: filters.siteId ?? "" }),
    enabled: !!filters.siteId,
  });
  const officers = useQuery({
    ...trpc.tasks.unitOfficers.queryOptions({ unitId: filters.unitId ?? "" }),
    enabled: !!filters.unitId && !!filters.ownerId,
  });
  // The owner's name among the picked unit's officers, else as the list's rows show it (the
  // list is filtered to that owner).
  const ownerName =
    officers.data?.find((o) => o.id === filters.ownerId)?.name ??
    ownerNameOf?.(String(filters.ownerId ?? ""));
  // Never an id: a name not (yet) known shows as "…" until its list arrives.
  const nameIn = (rows: { id: string; name: string }[] | undefined, id: string) =>
    rows?.find((r) => r.id === id)?.name ?? t("tasks.unknownName");

  const text = (key: keyof TaskListFilters, value: unknown): string => {
    if (key === "unitId") return nameIn(units.data, String(value));
    if (key === "gridId") return nameIn(grids.data, String(value));
    if (key === "ownerId") return ownerName ?? t("tasks.unknownName");
    if (key === "siteId") return site.data?.name ?? t("tasks.unknownName");
    if (key === "source") return t(`taskDetail.sourceValue.${value}`);
    if (key === "siteTypeId") return nameIn(siteTypes.data, String(value));
    if (key === "category") {
      const c = categories.data?.find((x) => x.code === value);
      return c ? (language === "en" ? c.nameEn : c.name) : String(value);
    }
    if (key === "status")
      return (value as string[]).map((s) => t(`status.${s}`)).join(t("format.listSeparator"));
    if (key === "timing") return t(`tasks.timingValue.${value}`);
    if (key === "warning") return t(`tasks.warning.${value}`);
    if (DATE_KEYS.has(key)) return formatDate(String(value), language);
    return String(value);
  };
  const entries = Object.entries(filters) as [keyof TaskListFilters, unknown][];
  if (entries.length === 0) return null;
  return (
    <Flex wrap gap="small" align="center" className="filter-tags" data-testid="filter-tags">
      {entries.map(([key, value]) => (
        <Tag key={key} closable onClose={() => onRemove(key)}>
          {key === "open" || key === "mine"
            ? t(`tasks.filter.${key}`)
            : t("format.labelled", { label: t(`tasks.filter.${key}`), value: text(key, value) })}
        </Tag>
      ))}
      <Button size="small" type="link" onClick={onClear}>
        {t("tasks.clearFilters")}
      </Button>
    </Flex>
  );
}
