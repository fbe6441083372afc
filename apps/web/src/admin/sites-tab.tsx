import type { AdminSite } from "@cw/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Input, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";
import { AdminListTab, pagedList, useEditing } from "./admin-list-tab.tsx";
import { activeOptions, parseActive, ToneTag } from "./list-parts.tsx";
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
  const editing = useEditing<AdminSite>();
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
  const filters = (
    <>
      <Input.Search
        aria-label={t("admin.search")}
        placeholder={t("admin.siteSearch")}
        allowClear
        onSearch={setText}
        style={{ width: 220 }}
      />
      {select(t("admin.site.type"), siteTypeId, setSiteTypeId, refs.siteTypes, t("admin.allTypes"))}
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
    </>
  );
  return (
    <AdminListTab<AdminSite>
      label={t("admin.tabs.sites")}
      createLabel={t("admin.site.create")}
      onCreate={editing.create}
      filters={filters}
      tools={<Button onClick={() => setImporting(true)}>{t("admin.import.open")}</Button>}
      list={pagedList(list)}
      rowKey="id"
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
          render: (k: boolean) => (k ? <ToneTag tone="red">{t("admin.site.key")}</ToneTag> : "—"),
        },
      ]}
      rowName={(s) => s.name}
      onEdit={editing.edit}
    >
      {editing.open && <SiteFormModal site={editing.current} refs={refs} onClose={editing.close} />}
      {importing && <SiteImportModal onClose={() => setImporting(false)} />}
    </AdminListTab>
  );
}
