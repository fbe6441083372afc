import { LIST_SORTS, TASK_TIMING_FILTERS, type TaskSearchParamKey } from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import { Badge, Button, Flex, Input, Select } from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";
import { ADVANCED_KEYS, type SetSearch } from "./task-search-keys.ts";

// The rarer filters (site, type, grid, category, source, state, dates) open in a drawer,
// loaded when first opened: its date pickers are a large part of antd.
const TaskFilterDrawer = lazy(() => import("./task-filter-drawer.tsx"));

/**
 * The one task search — text, unit, owner, timing and order here, the rest under "筛选" —
 * as URL params of tasks.list's filters (readTaskListFilters reads them back), shared by
 * /tasks, the board and the unit view so the three filter alike and a view is a shareable
 * link. The choices are the server's: active units (units.list) and the picked unit's officers
 * (tasks.unitOfficers). A view that sets some filters itself names them in `owned` (a board
 * tab's state, the unit view's unit and sections) and their controls are not shown; `unitId`
 * fixes the unit (the unit view's own). Picking an owner replaces "mine".
 */
export function TaskSearchBar({
  params,
  onChange,
  unitId: fixedUnitId,
  owned = [],
}: {
  params: URLSearchParams;
  /** The URL params with the search changed (the caller keeps its own, e.g. the board's tab). */
  onChange: (next: URLSearchParams) => void;
  unitId?: string | null;
  owned?: readonly TaskSearchParamKey[];
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const shows = (key: TaskSearchParamKey) => !owned.includes(key);
  const pickUnit = fixedUnitId === undefined && shows("unitId");
  const unitId = fixedUnitId === undefined ? params.get("unitId") : fixedUnitId;
  const units = useQuery({
    ...trpc.units.list.queryOptions({ active: true }),
    enabled: pickUnit,
  });
  const officers = useQuery({
    ...trpc.tasks.unitOfficers.queryOptions({ unitId: unitId ?? "" }),
    enabled: !!unitId,
  });
  const set: SetSearch = (changes) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    onChange(next);
  };
  const advanced = ADVANCED_KEYS.filter(shows);
  const advancedSet = advanced.filter((key) => params.get(key)).length;

  return (
    <Flex wrap gap="small" align="center" className="task-search-bar" data-testid="task-search">
      <Input.Search
        key={params.get("text") ?? ""}
        defaultValue={params.get("text") ?? ""}
        aria-label={t("tasks.searchLabel")}
        placeholder={t("tasks.searchPlaceholder")}
        allowClear
        onSearch={(text) => set({ text: text.trim() || undefined })}
        className="task-search-text"
        data-testid="task-search-text"
      />
      {pickUnit && (
        <Select
          aria-label={t("tasks.byUnit")}
          value={unitId ?? ""}
          // A new unit's owners are others: the owner goes with the unit.
          onChange={(v: string) => set({ unitId: v || undefined, ownerId: undefined })}
          className="task-search-select"
          showSearch={{ optionFilterProp: "label" }}
          loading={units.isPending}
          options={[
            { value: "", label: t("tasks.anyUnit") },
            ...(units.data ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
          data-testid="task-search-unit"
        />
      )}
      {/* The owners are a unit's officers: offered once there is a unit. */}
      {unitId && shows("ownerId") && (
        <Select
          aria-label={t("tasks.byOwner")}
          value={params.get("ownerId") ?? ""}
          onChange={(v: string) => set({ ownerId: v || undefined, mine: undefined })}
          className="task-search-select"
          showSearch={{ optionFilterProp: "label" }}
          loading={officers.isPending}
          options={[
            { value: "", label: t("tasks.anyOwner") },
            ...(officers.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
          data-testid="task-search-owner"
        />
      )}
      {shows("timing") && (
        <Select
          aria-label={t("tasks.byTiming")}
          value={params.get("timing") ?? ""}
          onChange={(v: string) => set({ timing: v || undefined })}
          className="task-search-select"
          options={[
            { value: "", label: t("tasks.anyTiming") },
            ...TASK_TIMING_FILTERS.map((x) => ({ value: x, label: t(`tasks.timingValue.${x}`) })),
          ]}
          data-testid="task-search-timing"
        />
      )}
      {shows("sort") && (
        <Select
          aria-label={t("tasks.sortLabel")}
          value={params.get("sort") ?? ""}
          onChange={(v: string) => set({ sort: v || undefined })}
          className="task-search-select"
          options={[
            { value: "", label: t("tasks.sortValue.default") },
            ...LIST_SORTS.map((x) => ({ value: x, label: t(`tasks.sortValue.${x}`) })),
          ]}
          data-testid="task-search-sort"
        />
      )}
      {advanced.length > 0 && (
        <Badge count={advancedSet} size="small">
          <Button onClick={() => setDrawerOpen(true)} data-testid="task-search-more">
            {t("tasks.moreFilters")}
          </Button>
        </Badge>
      )}
      {drawerOpen && (
        <Suspense fallback={null}>
          <TaskFilterDrawer
            params={params}
            keys={advanced}
            onSet={set}
            onClose={() => setDrawerOpen(false)}
          />
        </Suspense>
      )}
    </Flex>
  );
}
