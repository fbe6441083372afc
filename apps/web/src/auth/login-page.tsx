import { loginInputSchema } from "@cw/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LanguageSwitch } from "../components/language-switch.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { errorMessage } from "../lib/api-error.ts";
import { applyFieldErrors } from "../lib/form-errors.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";

interface LoginValues {
  username: string;
  password: string;
  totpCode?: string;
}

/** The server asks for the code (auth.totp_required) by naming the totpCode field. */
function asksForCode(error: unknown): boolean {
  const fields = (error as { data?: { fields?: Record<string, string> | null } } | null)?.data
    ?.fields;
  return Boolean(fields && "totpCode" in fields);
}

/** Sign-in: validated with the API's own schema; the server's message shows as it comes. */
export default function LoginPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LoginValues>();
  // Two-step sign-in (decision 0019): the code field appears once the server asks for it.
  const [needsCode, setNeedsCode] = useState(false);
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: (user) => queryClient.setQueryData(trpc.auth.me.queryKey(), user),
      onError: (error) => {
        if (asksForCode(error)) setNeedsCode(true);
        // The field renders on the next pass; place its message then.
        setTimeout(() => applyFieldErrors(form, error));
      },
    }),
  );
  return (
    <main className="page login">
      <Card className="login-card" extra={<LanguageSwitch />}>
        <Typography.Title level={1} className="login-title">
          {t("app.title")}
        </Typography.Title>
        <Form
          form={form}
          name="login"
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => login.mutate(values)}
        >
          <Form.Item
            label={t("login.username")}
            name="username"
            rules={[zodRule(loginInputSchema, "username", language)]}
          >
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t("login.password")}
            name="password"
            rules={[zodRule(loginInputSchema, "password", language)]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {needsCode && (
            <Form.Item
              label={t("login.totpCode")}
              name="totpCode"
              rules={[zodRule(loginInputSchema, "totpCode", language)]}
            >
              <Input autoComplete="one-time-code" inputMode="numeric" maxLength={6} autoFocus />
            </Form.Item>
          )}
          {login.isError && (
            <Alert
              type="error"
              showIcon
              className="login-error"
              title={t("login.failed")}
              description={errorMessage(login.error)}
            />
          )}
          <Button type="primary" htmlType="submit" block loading={login.isPending}>
            {t("login.submit")}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
