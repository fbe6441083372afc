import {
  createUnitInputSchema,
  UNIT_KINDS,
  type UnitContactOutput,
  type UnitOutput,
} from "@cw/domain";
import { useMutation } from "@tanstack/react-query";
import { Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { orNull } from "./admin-rules.ts";
import { FormModal } from "./form-modal.tsx";
import { UnitContactsField } from "./unit-contacts-field.tsx";
import { useRefresh } from "./use-admin-data.ts";

interface UnitValues {
  code: string;
  name: string;
  kind: (typeof UNIT_KINDS)[number];
  parentId?: string;
  contacts: Partial<UnitContactOutput>[];
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
    const contacts = (v.contacts ?? []).map((c) => ({
      ...c,
      role: c.role ?? "liaison",
      id: c.id || undefined,
      userId: c.userId || null,
      name: c.name ?? "",
    }));
    const input = { ...v, parentId: orNull(v.parentId), contacts };
    if (unit) await update.mutateAsync({ id: unit.id, ...input });
    else await create.mutateAsync(input);
    await refresh("units");
  };
  const rule = (field: Exclude<keyof UnitValues, "contacts">) => [
    zodRule(createUnitInputSchema, field, language),
  ];
  // A unit cannot be its own parent; the server also refuses loops further down.
  const parents = units
    .filter((u) => u.id !== unit?.id)
    .map((u) => ({ value: u.id, label: t("format.withNote", { text: u.name, note: u.code }) }));
  return (
    <FormModal<UnitValues>
      name="unit"
      title={
        unit
          ? t("format.labelled", { label: t("admin.unit.edit"), value: unit.name })
          : t("admin.unit.create")
      }
      open
      onClose={onClose}
      onSubmit={submit}
      initialValues={{
        kind: "bureau",
        ...(unit ?? {}),
        parentId: unit?.parentId ?? undefined,
        contacts: unit?.contacts ?? [],
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
          <Form.Item label={t("admin.unit.contacts")} required={false}>
            <UnitContactsField unitId={unit?.id ?? null} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
