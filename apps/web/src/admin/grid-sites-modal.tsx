import type { GridOutput } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Modal, Select } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useRefresh } from "./use-admin-data.ts";

type SiteRow = { id: string; code: string; name: string; gridName: string | null };

/**
 * Which sites a grid holds: its sites now, and any site found by name, code or address (the
 * server searches); saving puts the added ones in this grid and takes the removed ones out.
 */
export function GridSitesModal({ grid, onClose }: { grid: GridOutput; onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [text, setText] = useState("");
  const inGrid = useQuery(trpc.sites.list.queryOptions({ gridId: grid.id, limit: 200 }));
  const found = useQuery({
    ...trpc.sites.list.queryOptions({ text, active: true, limit: 50 }),
    enabled: text.trim().length > 0,
  });
  const assign = useMutation(trpc.grids.assignSites.mutationOptions());
  const [chosen, setChosen] = useState<string[] | null>(null);
  const current = useMemo(() => inGrid.data?.items.map((s) => s.id) ?? [], [inGrid.data]);
  useEffect(() => {
    if (inGrid.data && chosen === null) setChosen(current);
  }, [inGrid.data, chosen, current]);
  // Labels for both lists, so a chosen site keeps its name when the search changes.
  const [known, setKnown] = useState(new Map<string, SiteRow>());
  useEffect(() => {
    const rows = [...(inGrid.data?.items ?? []), ...(found.data?.items ?? [])];
    if (rows.length) setKnown((m) => new Map([...m, ...rows.map((r) => [r.id, r] as const)]));
  }, [inGrid.data, found.data]);
  const label = (s: SiteRow) =>
    s.gridName && s.gridName !== grid.name
      ? t("admin.grid.siteInOther", { name: s.name, code: s.code, grid: s.gridName })
      : t("format.withNote", { text: s.name, note: s.code });
  const options = [...known.values()].map((s) => ({ value: s.id, label: label(s) }));

  const save = async () => {
    const picked = new Set(chosen ?? []);
    const added = [...picked].filter((id) => !current.includes(id));
    const removed = current.filter((id) => !picked.has(id));
    if (added.length) await assign.mutateAsync({ gridId: grid.id, siteIds: added });
    if (removed.length) await assign.mutateAsync({ gridId: null, siteIds: removed });
    await refresh("grids", "sites");
    onClose();
  };
  return (
    <Modal
      open
      title={t("format.labelled", { label: t("admin.grid.assign"), value: grid.name })}
      okText={t("admin.save")}
      cancelText={t("admin.cancel")}
      onOk={() => void save().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={assign.isPending}
      okButtonProps={{ disabled: chosen === null, "data-testid": "grid-sites-save" }}
      destroyOnHidden
    >
      <p className="muted">{t("admin.grid.assignHint")}</p>
      <Select
        mode="multiple"
        style={{ width: "100%" }}
        aria-label={t("admin.grid.sites")}
        placeholder={t("admin.siteSearch")}
        loading={inGrid.isPending || found.isFetching}
        value={chosen ?? []}
        onChange={setChosen}
        showSearch={{ filterOption: false, onSearch: setText }}
        options={options}
        data-testid="grid-sites-select"
      />
      {assign.isError && (
        <Alert type="error" showIcon title={errorMessage(assign.error)} className="td-gap" />
      )}
    </Modal>
  );
}
