import { createGridInputSchema, type GridOutput } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Button, Form, Input, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { AdminListTab, useEditing, wholeList } from "./admin-list-tab.tsx";
import { FormModal } from "./form-modal.tsx";
import { GridSitesModal } from "./grid-sites-modal.tsx";
import { useRefOptions, useRefresh } from "./use-admin-data.ts";

interface GridValues {
  code: string;
  name: string;
  unitId?: string | null;
}

/** 网格: the grids sites are managed in — create, rename, and which sites each holds. */
export function GridsTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const refs = useRefOptions();
  const grids = useQuery(trpc.grids.list.queryOptions({}));
  const create = useMutation(trpc.grids.create.mutationOptions());
  const update = useMutation(trpc.grids.update.mutationOptions());
  const editing = useEditing<GridOutput>();
  const [assigning, setAssigning] = useState<GridOutput | null>(null);
  const current = editing.current;
  const submit = async (v: GridValues) => {
    const values = { ...v, unitId: v.unitId ?? null };
    if (current) await update.mutateAsync({ id: current.id, ...values });
    else await create.mutateAsync(values);
    await refresh("grids", "sites");
  };
  const rule = (f: keyof GridValues) => [zodRule(createGridInputSchema, f, language)];
  return (
    <AdminListTab<GridOutput>
      label={t("admin.tabs.grids")}
      createLabel={t("admin.grid.create")}
      onCreate={editing.create}
      list={wholeList(grids)}
      rowKey="id"
      withState={false}
      columns={[
        { title: t("admin.code"), dataIndex: "code" },
        { title: t("admin.grid.name"), dataIndex: "name" },
        { title: t("admin.grid.unit"), dataIndex: "unitName", render: (n) => n ?? "—" },
        { title: t("admin.grid.siteCount"), dataIndex: "siteCount" },
      ]}
      rowName={(g) => g.name}
      onEdit={editing.edit}
      rowActions={(g) => (
        <Button
          size="small"
          onClick={() => setAssigning(g)}
          aria-label={t("format.labelled", { label: t("admin.grid.assign"), value: g.name })}
          data-testid="grid-assign"
        >
          {t("admin.grid.assign")}
        </Button>
      )}
    >
      {editing.open && (
        <FormModal<GridValues>
          name="grid"
          title={
            current
              ? t("format.labelled", { label: t("admin.grid.edit"), value: current.name })
              : t("admin.grid.create")
          }
          open
          onClose={editing.close}
          onSubmit={submit}
          initialValues={current ?? {}}
        >
          {() => (
            <>
              <Form.Item label={t("admin.code")} name="code" rules={rule("code")}>
                <Input />
              </Form.Item>
              <Form.Item label={t("admin.grid.name")} name="name" rules={rule("name")}>
                <Input />
              </Form.Item>
              <Form.Item label={t("admin.grid.unit")} name="unitId">
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: "label" }}
                  options={refs.units}
                  loading={refs.loading}
                />
              </Form.Item>
            </>
          )}
        </FormModal>
      )}
      {assigning && <GridSitesModal grid={assigning} onClose={() => setAssigning(null)} />}
    </AdminListTab>
  );
}
