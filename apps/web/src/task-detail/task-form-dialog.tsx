import type { TaskDetail } from "@cw/domain";
import { Alert, Form, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { applyFieldErrors } from "../lib/form-errors.ts";
import { isConflict } from "./task-errors.ts";
import { TaskEvidence } from "./task-evidence.tsx";
import { TaskField } from "./task-field.tsx";
import { demandedFields, fieldsFor, kindKey, type TaskFormKind } from "./task-form-kinds.ts";
import { type TaskRef, useTaskSubmit } from "./use-task-submit.ts";

/**
 * The dialog of one action on one task, with exactly the fields the API takes for it.
 * Field errors from the server land on their fields; a stale version closes the dialog and
 * hands over to `onConflict`, which tells the user and reloads the task.
 */
export function TaskFormDialog({
  kind,
  task,
  initialValues,
  evidence,
  onDone,
  onCancel,
  onConflict,
}: {
  kind: TaskFormKind;
  task: TaskRef;
  /** What the server suggests (a dispatch: the site's unit and on-site contact). */
  initialValues?: Record<string, unknown> | undefined;
  /** Shown above the fields in the verification step: before and after, side by side. */
  evidence?: TaskDetail["evidence"] | undefined;
  onDone: () => void;
  onCancel: () => void;
  onConflict: (message: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const submit = useTaskSubmit();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = fieldsFor(kind);
  const demanded = demandedFields(kind);
  const title = t(kindKey(kind));

  const send = async (values: Record<string, unknown>) => {
    setPending(true);
    setFailure(null);
    try {
      await submit(kind, task, values);
      onDone();
    } catch (error) {
      if (isConflict(error)) onConflict(errorMessage(error));
      else {
        setFailure(applyFieldErrors(form, error));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={title}
      cancelText={t("taskDetail.cancel")}
      onOk={() => form.submit()}
      onCancel={onCancel}
      confirmLoading={pending}
      destroyOnHidden
      okButtonProps={{ "data-testid": "task-form-ok" }}
    >
      {evidence && <TaskEvidence evidence={evidence} />}
      {fields.length === 0 && <p>{t("taskDetail.confirm", { action: title })}</p>}
      <Form
        form={form}
        layout="vertical"
        onFinish={send}
        initialValues={initialValues}
        name={`task-${kind.type === "transition" ? kind.action : kind.type}`}
      >
        {fields.map((name) => (
          <TaskField
            key={name}
            kind={kind}
            name={name}
            demanded={demanded.has(name)}
            findingId={task.findingId}
          />
        ))}
      </Form>
      {failure && <Alert type="error" showIcon title={failure} data-testid="task-form-error" />}
    </Modal>
  );
}
