import { type CategoryOutput, createCategoryInputSchema } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Form, Input, InputNumber, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { AdminListTab, useEditing, wholeList } from "./admin-list-tab.tsx";
import { FormModal } from "./form-modal.tsx";
import { useRefresh } from "./use-admin-data.ts";

type CategoryValues = Omit<CategoryOutput, "active"> & { active: boolean };

/** Finding categories and the working days a unit gets to fix each (the default deadline). */
export function CategoriesTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const categories = useQuery(trpc.categories.list.queryOptions({}));
  const create = useMutation(trpc.categories.create.mutationOptions());
  const update = useMutation(trpc.categories.update.mutationOptions());
  const editing = useEditing<CategoryOutput>();
  const current = editing.current;
  const submit = async ({ active, ...v }: CategoryValues) => {
    // The code is what findings refer to, so it is fixed once created.
    if (current) await update.mutateAsync({ ...v, code: current.code, active });
    else await create.mutateAsync(v);
    await refresh("categories");
  };
  const rule = (f: keyof typeof createCategoryInputSchema.shape) => [
    zodRule(createCategoryInputSchema, f, language),
  ];
  return (
    <AdminListTab<CategoryOutput>
      label={t("admin.tabs.categories")}
      createLabel={t("admin.category.create")}
      onCreate={editing.create}
      list={wholeList(categories)}
      rowKey="code"
      columns={[
        { title: t("admin.code"), dataIndex: "code" },
        { title: t("admin.category.name"), dataIndex: "name" },
        { title: t("admin.category.nameEn"), dataIndex: "nameEn" },
        {
          title: t("admin.category.deadline"),
          dataIndex: "defaultDeadlineDays",
          render: (d: number) => t("admin.category.days", { count: d }),
        },
        { title: t("admin.sortOrder"), dataIndex: "sortOrder" },
      ]}
      rowName={(c) => c.name}
      onEdit={editing.edit}
    >
      {editing.open && (
        <FormModal<CategoryValues>
          name="category"
          title={
            current
              ? t("format.labelled", { label: t("admin.category.edit"), value: current.name })
              : t("admin.category.create")
          }
          open
          onClose={editing.close}
          onSubmit={submit}
          initialValues={current ?? { sortOrder: 0, defaultDeadlineDays: 5, active: true }}
        >
          {() => (
            <>
              <Form.Item label={t("admin.code")} name="code" rules={rule("code")}>
                <Input disabled={!!current} />
              </Form.Item>
              <Form.Item label={t("admin.category.name")} name="name" rules={rule("name")}>
                <Input />
              </Form.Item>
              <Form.Item label={t("admin.category.nameEn")} name="nameEn" rules={rule("nameEn")}>
                <Input />
              </Form.Item>
              <Form.Item
                label={t("admin.category.deadline")}
                name="defaultDeadlineDays"
                extra={t("admin.category.deadlineHint")}
                rules={rule("defaultDeadlineDays")}
              >
                <InputNumber min={1} max={60} />
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
