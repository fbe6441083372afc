import { createSiteTypeInputSchema, type SiteTypeOutput } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Form, Input, InputNumber, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { AdminListTab, useEditing, wholeList } from "./admin-list-tab.tsx";
import { FormModal } from "./form-modal.tsx";
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
  const editing = useEditing<SiteTypeOutput>();
  const current = editing.current;
  const submit = async ({ active, ...v }: TypeValues) => {
    if (current) await update.mutateAsync({ id: current.id, ...v, active });
    else await create.mutateAsync(v);
    await refresh("siteTypes");
  };
  const rule = (f: keyof TypeValues & keyof typeof createSiteTypeInputSchema.shape) => [
    zodRule(createSiteTypeInputSchema, f, language),
  ];
  return (
    <AdminListTab<SiteTypeOutput>
      label={t("admin.tabs.site-types")}
      createLabel={t("admin.siteType.create")}
      onCreate={editing.create}
      list={wholeList(types)}
      rowKey="id"
      columns={[
        { title: t("admin.code"), dataIndex: "code" },
        { title: t("admin.siteType.name"), dataIndex: "name" },
        { title: t("admin.sortOrder"), dataIndex: "sortOrder" },
        { title: t("admin.siteType.siteCount"), dataIndex: "siteCount" },
      ]}
      rowName={(s) => s.name}
      onEdit={editing.edit}
    >
      {editing.open && (
        <FormModal<TypeValues>
          name="site-type"
          title={
            current
              ? t("format.labelled", { label: t("admin.siteType.edit"), value: current.name })
              : t("admin.siteType.create")
          }
          open
          onClose={editing.close}
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
    </AdminListTab>
  );
}
