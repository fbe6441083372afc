import { type SmsGatewayInput, smsGatewayInputSchema } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Form, Input, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { SavedForm } from "./saved-form.tsx";

/** The city's SMS gateway: URL and body templates; the stored secret is never shown back. */
export function SmsGatewaySection() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const sms = useQuery(trpc.channels.smsGateway.queryOptions());
  const storeSms = useMutation(trpc.channels.storeSmsGateway.mutationOptions());
  const smsRule = (f: keyof SmsGatewayInput) => [zodRule(smsGatewayInputSchema, f, language)];
  return (
    <>
      <Typography.Title level={2}>{t("admin.channels.sms")}</Typography.Title>
      <SavedForm<NonNullable<typeof sms.data> | null, SmsGatewayInput>
        name="sms-gateway"
        query={sms}
        mutation={{
          ...storeSms,
          mutate: (input, cb) => storeSms.mutate(input as SmsGatewayInput, cb),
        }}
        toForm={(s) => ({
          urlTemplate: s?.urlTemplate ?? "",
          method: s?.method ?? "POST",
          contentType: s?.contentType ?? "json",
          bodyTemplate: s?.bodyTemplate ?? "",
          secret: null,
        })}
        toInput={(v) => v as never}
      >
        {() => (
          <>
            <Form.Item
              label={t("admin.channels.urlTemplate")}
              name="urlTemplate"
              rules={smsRule("urlTemplate")}
              extra={t("admin.channels.placeholders")}
            >
              <Input />
            </Form.Item>
            <Form.Item label={t("admin.channels.method")} name="method">
              <Select options={[{ value: "POST" }, { value: "GET" }]} />
            </Form.Item>
            <Form.Item label={t("admin.channels.contentType")} name="contentType">
              <Select
                options={[
                  { value: "json", label: "JSON" },
                  { value: "form", label: "form" },
                ]}
              />
            </Form.Item>
            <Form.Item
              label={t("admin.channels.bodyTemplate")}
              name="bodyTemplate"
              rules={smsRule("bodyTemplate")}
            >
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item
              label={t("admin.channels.secret")}
              name="secret"
              extra={t("admin.channels.secretKeep")}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          </>
        )}
      </SavedForm>
    </>
  );
}
