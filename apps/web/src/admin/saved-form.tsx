import { Alert, Button, Form, type FormInstance } from "antd";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading } from "../components/query-states.tsx";
import { applyFieldErrors, formAlert } from "../lib/form-errors.ts";

/**
 * A settings form: loads the stored values, saves them, and says so; the settings tabs differ
 * only in their fields and in how form values map to the API's.
 */
export function SavedForm<S, V extends object>({
  name,
  query,
  mutation,
  toForm,
  toInput,
  children,
}: {
  name: string;
  query: {
    data: S | undefined;
    isPending: boolean;
    isError: boolean;
    error: unknown;
    refetch: () => unknown;
  };
  mutation: {
    mutate: (
      input: Partial<S>,
      callbacks: { onSuccess: () => void; onError: (e: unknown) => void },
    ) => void;
    isPending: boolean;
    isError: boolean;
    error: unknown;
  };
  toForm: (stored: S) => V;
  toInput: (values: V) => Partial<S>;
  children: (form: FormInstance<V>) => ReactNode;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (query.data)
      form.setFieldsValue(toForm(query.data) as Parameters<typeof form.setFieldsValue>[0]);
  }, [query.data, form, toForm]);
  if (query.isPending) return <Loading />;
  if (query.isError)
    return <LoadError error={query.error} onRetry={() => void query.refetch()} compact />;
  return (
    <Form<V>
      form={form}
      name={name}
      layout="vertical"
      className="admin-settings-form"
      initialValues={query.data === undefined ? undefined : toForm(query.data)}
      onValuesChange={() => setSaved(false)}
      onFinish={(v) =>
        mutation.mutate(toInput(v), {
          onSuccess: () => setSaved(true),
          onError: (error) => applyFieldErrors(form, error),
        })
      }
    >
      {children(form)}
      {mutation.isError && formAlert(form, mutation.error) && (
        <Alert type="error" showIcon title={formAlert(form, mutation.error)} />
      )}
      {saved && <Alert type="success" showIcon role="status" title={t("admin.saved")} />}
      <Button type="primary" htmlType="submit" loading={mutation.isPending}>
        {t("admin.save")}
      </Button>
    </Form>
  );
}
