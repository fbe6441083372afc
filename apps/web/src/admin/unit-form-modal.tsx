import { createUnitInputSchema, UNIT_KINDS, type UnitOutput } from "@cw/domain";
import { useMutation } from "@tanstack/react-query";
import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { orNull } from "./admin-rules.ts";
import { FormModal } from "./form-modal.tsx";
import { useRefresh } from "./use-admin-data.ts";

interface UnitValues {
  code: string;
  name: string;
  kind: (typeof UNIT_KINDS)[number];
  parentId?: string;
  headName: string;
  headPhone: string;
  liaisonName: string;
  liaisonPhone: string;
}

export function UnitFormModal({
  unit,
  units,
  onClose,
}: {
  unit: UnitOutput | null;
  units: UnitOutput[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const create = useMutation(trpc.units.create.mutationOptions());
  const update = useMutation(trpc.units.update.mutationOptions());
  const submit = async (v: UnitValues) => {
    const input = { ...v, parentId: orNull(v.parentId) };
    if (unit) await update.mutateAsync({ id: unit.id, ...input });
    else await create.mutateAsync(input);
    await refresh("units");
  };
  const rule = (field: keyof UnitValues) => [zodRule(createUnitInputSchema, field, language)];
  // A unit cannot be its own parent; the server also refuses loops further down.
  const parents = units
    .filter((u) => u.id !== unit?.id)
    .map((u) => ({ value: u.id, label: `${u.name}（${u.code}）` }));
  return (
    <FormModal<UnitValues>
      name="unit"
      title={unit ? `${t("admin.unit.edit")}：${unit.name}` : t("admin.unit.create")}
      open
      onClose={onClose}
      onSubmit={submit}
      initialValues={{
        kind: "bureau",
        ...(unit ?? {}),
        parentId: unit?.parentId ?? undefined,
        headName: unit?.headName ?? "",
        headPhone: unit?.headPhone ?? "",
        liaisonName: unit?.liaisonName ?? "",
        liaisonPhone: unit?.liaisonPhone ?? "",
      }}
    >
      {() => (
        <>
          <Form.Item label={t("admin.code")} name="code" rules={rule("code")}>
            <Input />
          </Form.Item>
          <Form.Item label={t("admin.unit.name")} name="name" rules={rule("name")}>
            <Input />
          </Form.Item>
          <Form.Item label={t("admin.unit.kind")} name="kind" rules={rule("kind")}>
            <Select
              options={UNIT_KINDS.map((k) => ({ value: k, label: t(`admin.unitKind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item label={t("admin.unit.parent")} name="parentId">
            <Select allowClear showSearch={{ optionFilterProp: "label" }} options={parents} />
          </Form.Item>
          <Form.Item label={t("admin.unit.headName")} name="headName" rules={rule("headName")}>
            <Input />
          </Form.Item>
          <Form.Item label={t("admin.unit.headPhone")} name="headPhone" rules={rule("headPhone")}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item
            label={t("admin.unit.liaisonName")}
            name="liaisonName"
            rules={rule("liaisonName")}
          >
            <Input />
          </Form.Item>
          <Form.Item
            label={t("admin.unit.liaisonPhone")}
            name="liaisonPhone"
            rules={rule("liaisonPhone")}
          >
            <Input inputMode="tel" />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
