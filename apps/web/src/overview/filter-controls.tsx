import type { OverviewFilters as Filters } from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import { Flex, Select } from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";
import { PERIOD_PRESETS, type PeriodPreset, presetOf, presetPeriod } from "./period-presets.ts";

const PeriodRangePicker = lazy(() => import("./period-range-picker.tsx"));

/**
 * Period, unit, grid and site type; every change goes to the URL (see useOverviewFilters).
 * Loaded when the filter panel opens (overview-filters.tsx): antd's Select is a large part
 * of the library and the default view needs none.
 */
export default function FilterControls({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const units = useQuery(trpc.units.list.queryOptions({}));
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  const siteTypes = useQuery(trpc.siteTypes.list.queryOptions({}));
  const [customOpen, setCustomOpen] = useState(false);
  const preset = presetOf(filters, new Date());
  const options = (rows: { id: string; name: string }[] | undefined) =>
    rows?.map((r) => ({ value: r.id, label: r.name })) ?? [];
  const choose = (key: "unitId" | "gridId" | "siteTypeId") => (value: string | undefined) =>
    onChange({ [key]: value });
  const pick = (p: PeriodPreset) => {
    setCustomOpen(p === "custom");
    if (p !== "custom") onChange(presetPeriod(p, new Date()));
  };
  const presetLabel = (p: PeriodPreset) =>
    p === "all"
      ? t("overview.periodAll")
      : p === "year"
        ? t("overview.periodYear")
        : p === "custom"
          ? t("overview.periodCustom")
          : t("overview.periodWeeks", { count: Number(p.slice(1)) });

  return (
    <Flex wrap gap="small" align="center" className="filter-controls">
      <Select
        aria-label={t("overview.period")}
        prefix={t("format.labelled", { label: t("overview.period"), value: "" })}
        value={customOpen ? "custom" : preset}
        onChange={pick}
        options={PERIOD_PRESETS.map((p) => ({ value: p, label: presetLabel(p) }))}
        style={{ minWidth: 200 }}
      />
      {(customOpen || preset === "custom") && (
        <Suspense fallback={null}>
          <PeriodRangePicker filters={filters} onChange={onChange} />
        </Suspense>
      )}
      <Select
        aria-label={t("overview.unit")}
        placeholder={t("overview.unit")}
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        loading={units.isPending}
        value={filters.unitId}
        onChange={choose("unitId")}
        options={options(units.data)}
        style={{ minWidth: 200 }}
      />
      <Select
        aria-label={t("overview.grid")}
        placeholder={t("overview.grid")}
        allowClear
        loading={grids.isPending}
        value={filters.gridId}
        onChange={choose("gridId")}
        options={options(grids.data)}
        style={{ minWidth: 140 }}
      />
      <Select
        aria-label={t("overview.siteType")}
        placeholder={t("overview.siteType")}
        allowClear
        showSearch={{ optionFilterProp: "label" }}
        loading={siteTypes.isPending}
        value={filters.siteTypeId}
        onChange={choose("siteTypeId")}
        options={options(siteTypes.data)}
        style={{ minWidth: 180 }}
      />
    </Flex>
  );
}
