import { Alert, Form, type FormInstance, Modal } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors } from "../lib/form-errors.ts";

/**
 * A dialog with one form: validates on the client with the server's schemas, then sends;
 * server field errors land on their fields, anything else shows above the buttons. Callers
 * mount it only while open, so each opening starts from its own initial values.
 */
export function FormModal<V extends object>({
  title,
  open,
  initialValues,
  onSubmit,
  onClose,
  children,
  name,
}: {
  title: string;
  open: boolean;
  initialValues?: Partial<V>;
  onSubmit: (values: V) => Promise<unknown>;
  onClose: () => void;
  children: (form: FormInstance<V>) => ReactNode;
  name: string;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const finish = async (values: V) => {
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (error) {
      setFailure(applyFieldErrors(form, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      title={title}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("admin.save")}
      cancelText={t("admin.cancel")}
      confirmLoading={busy}
      className="admin-modal"
    >
      <Form<V>
        form={form}
        name={name}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void finish(v)}
        preserve={false}
      >
        {children(form)}
        {failure && <Alert type="error" showIcon title={failure} role="alert" />}
      </Form>
    </Modal>
  );
}
