import { createSiteTypeInputSchema, type SiteTypeOutput } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Button, Form, Input, InputNumber, Space, Switch, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { FormModal } from "./form-modal.tsx";
import { activeColumn, EditButton, ListStates } from "./list-parts.tsx";
import { useRefresh } from "./use-admin-data.ts";

interface TypeValues {
  code: string;
  name: string;
  sortOrder: number;
  active: boolean;
}

export function SiteTypesTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const types = useQuery(trpc.siteTypes.list.queryOptions({}));
  const create = useMutation(trpc.siteTypes.create.mutationOptions());
  const update = useMutation(trpc.siteTypes.update.mutationOptions());
  const [editing, setEditing] = useState<SiteTypeOutput | "new" | null>(null);
  const current = editing === "new" ? null : editing;
  const submit = async ({ active, ...v }: TypeValues) => {
    if (current) await update.mutateAsync({ id: current.id, ...v, active });
    else await create.mutateAsync(v);
    await refresh("siteTypes");
  };
  const rule = (f: keyof TypeValues & keyof typeof createSiteTypeInputSchema.shape) => [
    zodRule(createSiteTypeInputSchema, f, language),
  ];
  return (
    <section aria-label={t("admin.tabs.site-types")}>
      <Space className="admin-toolbar">
        <Button type="primary" onClick={() => setEditing("new")}>
          {t("admin.siteType.create")}
        </Button>
      </Space>
      <ListStates query={types} empty={!types.data?.length}>
        <Table<SiteTypeOutput>
          rowKey="id"
          size="small"
          dataSource={types.data}
          pagination={false}
          columns={[
            { title: t("admin.code"), dataIndex: "code" },
            { title: t("admin.siteType.name"), dataIndex: "name" },
            { title: t("admin.sortOrder"), dataIndex: "sortOrder" },
            { title: t("admin.siteType.siteCount"), dataIndex: "siteCount" },
            activeColumn(t),
            {
              title: t("admin.actions"),
              key: "actions",
              render: (_, s) => <EditButton name={s.name} onClick={() => setEditing(s)} />,
            },
          ]}
        />
      </ListStates>
      {editing && (
        <FormModal<TypeValues>
          name="site-type"
          title={
            current ? `${t("admin.siteType.edit")}：${current.name}` : t("admin.siteType.create")
          }
          open
          onClose={() => setEditing(null)}
          onSubmit={submit}
          initialValues={current ?? { sortOrder: 0, active: true }}
        >
          {() => (
            <>
              <Form.Item label={t("admin.code")} name="code" rules={rule("code")}>
                <Input />
              </Form.Item>
              <Form.Item label={t("admin.siteType.name")} name="name" rules={rule("name")}>
                <Input />
              </Form.Item>
              <Form.Item label={t("admin.sortOrder")} name="sortOrder" rules={rule("sortOrder")}>
                <InputNumber min={0} />
              </Form.Item>
              {current && (
                <Form.Item label={t("admin.active")} name="active" valuePropName="checked">
                  <Switch />
                </Form.Item>
              )}
            </>
          )}
        </FormModal>
      )}
    </section>
  );
}
