import { useQuery } from "@tanstack/react-query";
import { Flex, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";

/**
 * The task search's own controls — text, unit, owner — as URL params of tasks.list's filters
 * (readTaskListFilters reads them back), shared by /tasks, the board and the unit view so the
 * three filter alike and a view is a shareable link. The choices are the server's: active
 * units (units.list) and the picked unit's officers (tasks.unitOfficers); `unitId` fixes the
 * unit (the unit view's own) and hides its picker. Picking an owner replaces "mine".
 */
export function TaskSearchBar({
  params,
  onChange,
  unitId: fixedUnitId,
}: {
  params: URLSearchParams;
  /** The URL params with the search changed (the caller keeps its own, e.g. the board's tab). */
  onChange: (next: URLSearchParams) => void;
  unitId?: string | null;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const pickUnit = fixedUnitId === undefined;
  const unitId = pickUnit ? params.get("unitId") : fixedUnitId;
  const units = useQuery({
    ...trpc.units.list.queryOptions({ active: true }),
    enabled: pickUnit,
  });
  const officers = useQuery({
    ...trpc.tasks.unitOfficers.queryOptions({ unitId: unitId ?? "" }),
    enabled: !!unitId,
  });
  const set = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    onChange(next);
  };

  return (
    <Flex wrap gap="small" align="center" className="task-search-bar" data-testid="task-search">
      <Input.Search
        key={params.get("text") ?? ""}
        defaultValue={params.get("text") ?? ""}
        aria-label={t("tasks.searchLabel")}
        placeholder={t("tasks.searchPlaceholder")}
        allowClear
        onSearch={(text) => set({ text: text.trim() || undefined })}
        style={{ width: 260 }}
        data-testid="task-search-text"
      />
      {pickUnit && (
        <Select
          aria-label={t("tasks.byUnit")}
          value={unitId ?? ""}
          // A new unit's owners are others: the owner goes with the unit.
          onChange={(v: string) => set({ unitId: v || undefined, ownerId: undefined })}
          style={{ width: 220 }}
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
      {unitId && (
        <Select
          aria-label={t("tasks.byOwner")}
          value={params.get("ownerId") ?? ""}
          onChange={(v: string) => set({ ownerId: v || undefined, mine: undefined })}
          style={{ width: 240 }}
          showSearch={{ optionFilterProp: "label" }}
          loading={officers.isPending}
          options={[
            { value: "", label: t("tasks.anyOwner") },
            ...(officers.data ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
          data-testid="task-search-owner"
        />
      )}
    </Flex>
  );
}
