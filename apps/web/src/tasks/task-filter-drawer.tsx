import { FINDING_SOURCES, FINDING_STATUSES } from "@cw/domain";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { DatePicker, Drawer, Flex, Select, Typography } from "antd";
import dayjs from "dayjs";
import "dayjs/locale/zh-cn";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import type { ADVANCED_KEYS, SetSearch } from "./task-search-keys.ts";

const DATE = "YYYY-MM-DD";
type AdvancedKey = (typeof ADVANCED_KEYS)[number];

/**
 * The search's rarer filters (lazy: loaded when "筛选" is first pressed). Every pick writes the
 * URL at once, as the bar's own controls do; the choices are the server's lists (sites found
 * by the server's own text search, site types, grids, categories) and the domain's
 * vocabularies (sources, states — FINDING_STATUSES, whatever states it has).
 */
export default function TaskFilterDrawer({
  params,
  keys,
  onSet,
  onClose,
}: {
  params: URLSearchParams;
  keys: readonly AdvancedKey[];
  onSet: SetSearch;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  dayjs.locale(language === "en" ? "en" : "zh-cn");
  const has = (key: AdvancedKey) => keys.includes(key);
  const siteTypes = useQuery(trpc.siteTypes.list.queryOptions({}));
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  const categories = useQuery(trpc.categories.list.queryOptions({}));
  const pick = (key: AdvancedKey) => (value: string | undefined) =>
    onSet({ [key]: value || undefined });
  const statuses = params.get("status")?.split(",").filter(Boolean) ?? [];
  const range = (from: AdvancedKey, to: AdvancedKey, label: string) => (
    <DatePicker.RangePicker
      aria-label={label}
      allowEmpty={[true, true]}
      // Calendar dates in Beijing, as the URL holds them; no time zone applies.
      value={[
        params.get(from) ? dayjs(params.get(from)) : null,
        params.get(to) ? dayjs(params.get(to)) : null,
      ]}
      onChange={(r) => onSet({ [from]: r?.[0]?.format(DATE), [to]: r?.[1]?.format(DATE) })}
      style={{ width: "100%" }}
      data-testid={`task-filter-${from}`}
    />
  );

  return (
    <Drawer
      open
      onClose={onClose}
      title={t("tasks.moreFilters")}
      className="task-filter-drawer"
      data-testid="task-filter-drawer"
    >
      <Flex vertical gap="middle">
        {has("siteId") && (
          <Field label={t("tasks.filter.siteId")}>
            <SitePicker value={params.get("siteId")} onChange={pick("siteId")} />
          </Field>
        )}
        {has("siteTypeId") && (
          <Field label={t("tasks.filter.siteTypeId")}>
            <Select
              aria-label={t("tasks.filter.siteTypeId")}
              allowClear
              placeholder={t("tasks.any")}
              value={params.get("siteTypeId") ?? undefined}
              onChange={pick("siteTypeId")}
              loading={siteTypes.isPending}
              showSearch={{ optionFilterProp: "label" }}
              options={(siteTypes.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
              data-testid="task-filter-siteTypeId"
            />
          </Field>
        )}
        {has("gridId") && (
          <Field label={t("tasks.filter.gridId")}>
            <Select
              aria-label={t("tasks.filter.gridId")}
              allowClear
              placeholder={t("tasks.any")}
              value={params.get("gridId") ?? undefined}
              onChange={pick("gridId")}
              loading={grids.isPending}
              showSearch={{ optionFilterProp: "label" }}
              options={(grids.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
              data-testid="task-filter-gridId"
            />
          </Field>
        )}
        {has("category") && (
          <Field label={t("tasks.filter.category")}>
            <Select
              aria-label={t("tasks.filter.category")}
              allowClear
              placeholder={t("tasks.any")}
              value={params.get("category") ?? undefined}
              onChange={pick("category")}
              loading={categories.isPending}
              options={(categories.data ?? []).map((x) => ({
                value: x.code,
                label: language === "en" ? x.nameEn : x.name,
              }))}
              data-testid="task-filter-category"
            />
          </Field>
        )}
        {has("source") && (
          <Field label={t("tasks.filter.source")}>
            <Select
              aria-label={t("tasks.filter.source")}
              allowClear
              placeholder={t("tasks.any")}
              value={params.get("source") ?? undefined}
              onChange={pick("source")}
              options={FINDING_SOURCES.map((x) => ({
                value: x,
                label: t(`taskDetail.sourceValue.${x}`),
              }))}
              data-testid="task-filter-source"
            />
          </Field>
        )}
        {has("status") && (
          <Field label={t("tasks.filter.status")}>
            <Select
              mode="multiple"
              aria-label={t("tasks.filter.status")}
              allowClear
              placeholder={t("tasks.any")}
              value={statuses}
              onChange={(v: string[]) => onSet({ status: v.join(",") || undefined })}
              options={FINDING_STATUSES.map((x) => ({ value: x, label: t(`status.${x}`) }))}
              data-testid="task-filter-status"
            />
          </Field>
        )}
        {has("foundFrom") && (
          <Field label={t("tasks.foundRange")}>
            {range("foundFrom", "foundTo", t("tasks.foundRange"))}
          </Field>
        )}
        {has("deadlineFrom") && (
          <Field label={t("tasks.deadlineRange")}>
            {range("deadlineFrom", "deadlineTo", t("tasks.deadlineRange"))}
          </Field>
        )}
      </Flex>
    </Drawer>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Flex vertical gap={4}>
      <Typography.Text strong>{label}</Typography.Text>
      {children}
    </Flex>
  );
}

/** Sites found by the server's own site search (name, code, address), 20 at a time. */
function SitePicker({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const found = useQuery({
    ...trpc.sites.list.queryOptions({ text: text || undefined, limit: 20 }),
    placeholderData: keepPreviousData,
  });
  // The picked site's name even when it is not among the sites found.
  const picked = useQuery({
    ...trpc.sites.get.queryOptions({ id: value ?? "" }),
    enabled: !!value,
  });
  const options = (found.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  if (picked.data && !options.some((o) => o.value === picked.data.id)) {
    options.unshift({ value: picked.data.id, label: picked.data.name });
  }
  return (
    <Select
      aria-label={t("tasks.filter.siteId")}
      allowClear
      placeholder={t("tasks.sitePlaceholder")}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange(v)}
      showSearch={{ filterOption: false, onSearch: setText }}
      loading={found.isFetching}
      options={options}
      data-testid="task-filter-siteId"
    />
  );
}
