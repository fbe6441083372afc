import type { AdminSite } from "@cw/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Input, Select, Space, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";
import {
  activeColumn,
  activeOptions,
  EditButton,
  ListStates,
  LoadMore,
  parseActive,
  ToneTag,
} from "./list-parts.tsx";
import { SiteFormModal } from "./site-form-modal.tsx";
import { SiteImportModal } from "./site-import-modal.tsx";
import { useRefOptions } from "./use-admin-data.ts";

export function SitesTab() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refs = useRefOptions();
  const [text, setText] = useState("");
  const [siteTypeId, setSiteTypeId] = useState("");
  const [unitId, setUnitId] = useState("");
  const [keySite, setKeySite] = useState("");
  const [active, setActive] = useState("");
  const [editing, setEditing] = useState<AdminSite | "new" | null>(null);
  const [importing, setImporting] = useState(false);
  const list = useInfiniteQuery(
    trpc.sites.list.infiniteQueryOptions(
      {
        text: text || undefined,
        siteTypeId: siteTypeId || undefined,
        unitId: unitId || undefined,
        isKeySite: parseActive(keySite),
        active: parseActive(active),
        limit: 50,
      },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const select = (
    label: string,
    value: string,
    set: (v: string) => void,
    options: { value: string; label: string }[],
    all: string,
  ) => (
    <Select
      aria-label={label}
      value={value}
      onChange={set}
      style={{ width: 180 }}
      showSearch={{ optionFilterProp: "label" }}
      options={[{ value: "", label: all }, ...options]}
    />
  );
  return (
    <section aria-label={t("admin.tabs.sites")}>
      <Space wrap className="admin-toolbar">
        <Input.Search
          aria-label={t("admin.search")}
          placeholder={t("admin.siteSearch")}
          allowClear
          onSearch={setText}
          style={{ width: 220 }}
        />
        {select(
          t("admin.site.type"),
          siteTypeId,
          setSiteTypeId,
          refs.siteTypes,
          t("admin.allTypes"),
        )}
        {select(t("admin.site.unit"), unitId, setUnitId, refs.units, t("admin.allUnits"))}
        {select(
          t("admin.site.keySite"),
          keySite,
          setKeySite,
          [
            { value: "true", label: t("admin.site.keyOnly") },
            { value: "false", label: t("admin.site.notKey") },
          ],
          t("admin.site.anyKey"),
        )}
        <Select
          aria-label={t("admin.state")}
          value={active}
          onChange={setActive}
          style={{ width: 110 }}
          options={activeOptions(t)}
        />
        <Button type="primary" onClick={() => setEditing("new")}>
          {t("admin.site.create")}
        </Button>
        <Button onClick={() => setImporting(true)}>{t("admin.import.open")}</Button>
      </Space>
      <ListStates query={list} empty={rows.length === 0}>
        <Table<AdminSite>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={false}
          scroll={{ x: "max-content" }}
          columns={[
            { title: t("admin.code"), dataIndex: "code" },
            { title: t("admin.site.name"), dataIndex: "name" },
            { title: t("admin.site.type"), dataIndex: "siteTypeName" },
            { title: t("admin.site.address"), dataIndex: "address" },
            { title: t("admin.site.unit"), dataIndex: "responsibleUnitName" },
            {
              title: t("admin.site.grid"),
              dataIndex: "gridName",
              render: (g: string | null) => g ?? "—",
            },
            {
              title: t("admin.site.keySite"),
              dataIndex: "isKeySite",
              render: (k: boolean) =>
                k ? <ToneTag tone="red">{t("admin.site.key")}</ToneTag> : "—",
            },
            activeColumn(t),
            {
              title: t("admin.actions"),
              key: "actions",
              render: (_, s) => <EditButton name={s.name} onClick={() => setEditing(s)} />,
            },
          ]}
        />
        <LoadMore
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        />
      </ListStates>
      {editing && (
        <SiteFormModal
          site={editing === "new" ? null : editing}
          refs={refs}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && <SiteImportModal onClose={() => setImporting(false)} />}
    </section>
  );
}
