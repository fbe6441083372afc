import { ESCALATION_LEVELS } from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import type { FormRule } from "antd";
import { DatePicker, Form, Input, Select } from "antd";
import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { messageFor, zodRule } from "../lib/zod-rule.ts";
import { dateProps, setPickerLocale } from "./date-value.ts";
import { DuplicateSelect } from "./duplicate-select.tsx";
import { PhotoInput } from "./photo-input.tsx";
import type { FieldName, TaskFormKind } from "./task-form-kinds.ts";
import { schemaFor } from "./task-form-kinds.ts";

// Which catalogue message a demanded-but-empty field shows (the same the server would send).
const DEMANDED_MESSAGE = {
  reason: "workflow.reason_required",
  note: "workflow.note_required",
  photoIds: "workflow.photo_required",
  unitId: "workflow.unit_required",
  duplicateOfId: "workflow.duplicate_of_required",
  deadline: "workflow.deadline_required",
} as const;

// Fields whose meaning depends on the action (an extension's date is not a dispatch's deadline).
const ACTION_LABELS = new Set([
  "request_extension",
  "approve_extension",
  "refuse_extension",
  "push_back",
]);

/** One labelled form field of a task form, validated with the API's schema for that form. */
export function TaskField({
  kind,
  name,
  demanded,
  findingId,
}: {
  kind: TaskFormKind;
  name: FieldName;
  demanded: boolean;
  /** The task's finding: the duplicate picker searches around it (one task's dialog only). */
  findingId?: string;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const schema = schemaFor(kind);
  const rules: FormRule[] = [zodRule(schema, name, language)];
  const demandKey = DEMANDED_MESSAGE[name as keyof typeof DEMANDED_MESSAGE];
  if (demanded && demandKey) {
    rules.unshift({
      required: true,
      whitespace: true,
      type: name === "photoIds" ? "array" : "string",
      message: messageFor(demandKey, language),
    });
  }
  const optional = (schema.shape[name] as { isOptional?: () => boolean }).isOptional?.() ?? false;
  const required = demanded || (!optional && name !== "photoIds" && name !== "note");
  const action = kind.type === "transition" ? kind.action : null;
  const label =
    action && ACTION_LABELS.has(action)
      ? t(`taskDetail.fieldFor.${action}.${name}`)
      : t(`taskDetail.field.${name}`);
  const hint =
    action === "approve_extension" && name === "deadline"
      ? t("taskDetail.approveDeadlineHint")
      : action && action !== "request_extension" && name === "deadline"
        ? t("taskDetail.deadlineHint")
        : undefined;

  let control: ReactNode;
  if (name === "unitId") control = <UnitSelect />;
  else if (name === "ownerId") control = <OwnerSelect />;
  else if (name === "level")
    control = (
      <Select
        options={ESCALATION_LEVELS.map((l) => ({ value: l, label: t(`taskDetail.level.${l}`) }))}
      />
    );
  else if (name === "deadline") {
    setPickerLocale(language);
    control = <DatePicker allowClear style={{ width: "100%" }} />;
  } else if (name === "photoIds") control = <PhotoInput required={demanded} />;
  else if (name === "duplicateOfId") control = <DuplicateSelect findingId={findingId ?? ""} />;
  else control = <Input.TextArea rows={3} />;

  return (
    <Form.Item
      name={name}
      label={label}
      rules={rules}
      // The demand and the schema may both fail an empty field: say it once.
      validateFirst
      required={required}
      extra={hint}
      {...(name === "deadline" ? dateProps : {})}
      {...(name === "ownerId"
        ? { dependencies: ["unitId"], extra: t("taskDetail.ownerHint") }
        : {})}
      {...(name === "photoIds" ? { initialValue: [] } : {})}
    >
      {control}
    </Form.Item>
  );
}

/**
 * The officers of the unit chosen above, as the server lists them (tasks.unitOfficers): the
 * people who may own the task. Empty until a unit is chosen; cleared when the unit changes.
 */
function OwnerSelect(props: {
  id?: string;
  value?: string;
  onChange?: (v: string | undefined) => void;
}) {
  const trpc = useTRPC();
  const form = Form.useFormInstance();
  const unitId = Form.useWatch("unitId", form) as string | undefined;
  const officers = useQuery({
    ...trpc.tasks.unitOfficers.queryOptions({ unitId: unitId ?? "" }),
    enabled: !!unitId,
  });
  const { value, onChange } = props;
  useEffect(() => {
    if (value && officers.data && !officers.data.some((o) => o.id === value)) onChange?.(undefined);
  }, [value, officers.data, onChange]);
  return (
    <Select
      {...props}
      allowClear
      disabled={!unitId}
      showSearch={{ optionFilterProp: "label" }}
      loading={!!unitId && officers.isPending}
      options={officers.data?.map((o) => ({ value: o.id, label: o.name }))}
      data-testid="owner-select"
    />
  );
}

/** Active units by name, searchable (a city has dozens). */
function UnitSelect(props: { id?: string; value?: string; onChange?: (v: string) => void }) {
  const trpc = useTRPC();
  const { t } = useTranslation();
  const units = useQuery(trpc.units.list.queryOptions({ active: true }));
  return (
    <Select
      {...props}
      showSearch={{ optionFilterProp: "label" }}
      loading={units.isPending}
      options={units.data?.map((u) => ({
        value: u.id,
        label: t("format.withNote", { text: u.name, note: u.code }),
      }))}
      data-testid="unit-select"
    />
  );
}
