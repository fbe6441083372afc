import { changePasswordInputSchema, PASSWORD_MIN_LENGTH } from "@cw/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../components/language-switch.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { applyFieldErrors, formAlert } from "../lib/form-errors.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";

interface ChangeValues {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

/**
 * The only screen of a user whose password an admin set (the server refuses everything else
 * until it is changed); the policy itself is the server's, its messages show as they come.
 */
export default function ChangePasswordPage({ displayName }: { displayName: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ChangeValues>();
  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      // "me" now answers mustChangePassword: false, and the app opens.
      onSuccess: () => queryClient.invalidateQueries(),
      onError: (error) => applyFieldErrors(form, error),
    }),
  );
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({ onSuccess: () => queryClient.resetQueries() }),
  );
  return (
    <main className="page login">
      <Card className="login-card" extra={<LanguageSwitch />}>
        <Typography.Title level={1} className="login-title">
          {t("changePassword.title")}
        </Typography.Title>
        <Typography.Paragraph>
          {t("changePassword.why", { name: displayName, min: PASSWORD_MIN_LENGTH })}
        </Typography.Paragraph>
        <Form
          form={form}
          name="change-password"
          layout="vertical"
          requiredMark={false}
          onFinish={({ currentPassword, newPassword }) =>
            change.mutate({ currentPassword, newPassword })
          }
        >
          <Form.Item
            label={t("changePassword.current")}
            name="currentPassword"
            rules={[zodRule(changePasswordInputSchema, "currentPassword", language)]}
          >
            <Input.Password autoComplete="current-password" autoFocus />
          </Form.Item>
          <Form.Item
            label={t("changePassword.new")}
            name="newPassword"
            rules={[zodRule(changePasswordInputSchema, "newPassword", language)]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label={t("changePassword.repeat")}
            name="repeat"
            dependencies={["newPassword"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value) =>
                  value === getFieldValue("newPassword")
                    ? Promise.resolve()
                    : Promise.reject(new Error(t("changePassword.mismatch"))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {change.isError && formAlert(form, change.error) && (
            <Alert type="error" showIcon title={formAlert(form, change.error)} />
          )}
          <Button type="primary" htmlType="submit" block loading={change.isPending}>
            {t("changePassword.submit")}
          </Button>
          <Button type="link" block onClick={() => logout.mutate()}>
            {t("changePassword.signOut")}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
