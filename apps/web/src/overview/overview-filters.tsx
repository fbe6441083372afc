import type { OverviewFilters as Filters } from "@cw/domain";
import { lazy, Suspense, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { PlainButton } from "../components/plain-controls.tsx";
import { Loading } from "../components/query-states.tsx";

const FilterControls = lazy(() => import("./filter-controls.tsx"));

const NO_FILTERS: Filters = {
  from: undefined,
  to: undefined,
  unitId: undefined,
  gridId: undefined,
  siteTypeId: undefined,
};

/**
 * The filter panel (its bar in plain markup, so the overview's first load carries no antd
 * button; the controls bring antd when opened): closed on the plain overview, open whenever the URL has filters (a
 * bookmark, a shared link), so whoever filtered always sees by what.
 */
export function OverviewFilters({
  filters,
  onChange,
}: {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const active =
    (filters.from || filters.to ? 1 : 0) +
    [filters.unitId, filters.gridId, filters.siteTypeId].filter(Boolean).length;
  const [open, setOpen] = useState(active > 0);
  return (
    <search className="card filters" aria-label={t("overview.filters")}>
      <div className="filters-bar">
        <PlainButton aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {active ? t("overview.filtersActive", { count: active }) : t("overview.filters")}
        </PlainButton>
        {active > 0 && (
          <PlainButton kind="link" onClick={() => onChange(NO_FILTERS)}>
            {t("overview.clear")}
          </PlainButton>
        )}
      </div>
      {open && (
        <div id={id}>
          <Suspense fallback={<Loading rows={1} />}>
            <FilterControls filters={filters} onChange={onChange} />
          </Suspense>
        </div>
      )}
    </search>
  );
}
