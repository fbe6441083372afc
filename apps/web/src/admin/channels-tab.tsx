import {
  type NotificationSettings,
  ROBOT_CHANNELS,
  type SmsGatewayInput,
  smsGatewayInputSchema,
  type UnitChannelInput,
  unitChannelInputSchema,
} from "@cw/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Form, Input, InputNumber, Select, Switch, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { applyFieldErrors, errorMessage } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { ListStates } from "./list-parts.tsx";
import { SavedForm } from "./saved-form.tsx";
import { useRefOptions } from "./use-admin-data.ts";

type SettingsForm = NotificationSettings & { quietStart: string; quietEnd: string };
const toForm = (s: NotificationSettings): SettingsForm => ({
  ...s,
  quietStart: s.quietHours?.start ?? "",
  quietEnd: s.quietHours?.end ?? "",
});
const toInput = ({ quietStart, quietEnd, ...s }: SettingsForm): NotificationSettings => ({
  ...s,
  quietHours: quietStart && quietEnd ? { start: quietStart, end: quietEnd } : null,
});

/**
 * The channels beyond the bell: each unit's WeCom/DingTalk robot (the URL and secret go in,
 * only a masked URL comes back), the city's SMS gateway templates, and the rules against
 * formalism (quiet hours, daily cap, the reminder ladder's N, M and K).
 */
export function ChannelsTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refs = useRefOptions();
  const robots = useQuery(trpc.channels.listUnitRobots.queryOptions({}));
  const storeRobot = useMutation(
    trpc.channels.storeUnitRobot.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.channels.pathKey() }),
    }),
  );
  const sms = useQuery(trpc.channels.smsGateway.queryOptions());
  const storeSms = useMutation(trpc.channels.storeSmsGateway.mutationOptions());
  const settings = useQuery(trpc.channels.settings.queryOptions());
  const saveSettings = useMutation(trpc.channels.updateSettings.mutationOptions());
  const [robotForm] = Form.useForm<UnitChannelInput>();
  const robotRule = (f: keyof UnitChannelInput) => [zodRule(unitChannelInputSchema, f, language)];
  const smsRule = (f: keyof SmsGatewayInput) => [zodRule(smsGatewayInputSchema, f, language)];
  const num = (name: keyof NotificationSettings) => (
    <Form.Item label={t(`admin.channels.settings.${name}`)} name={name}>
      <InputNumber min={1} style={{ width: 140 }} />
    </Form.Item>
  );
  return (
    <section aria-label={t("admin.tabs.channels")}>
      <Typography.Title level={2}>{t("admin.channels.robots")}</Typography.Title>
      <ListStates query={robots} empty={false}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={robots.data}
          columns={[
            { title: t("admin.channels.unit"), dataIndex: "unitName" },
            {
              title: t("admin.channels.channel"),
              dataIndex: "channel",
              render: (c: string) => t(`admin.deliveries.channels.${c}`),
            },
            {
              title: t("admin.channels.webhookUrl"),
              dataIndex: "webhookMasked",
              render: (u: string) => <code>{u}</code>,
            },
            {
              title: t("admin.channels.secret"),
              dataIndex: "secretSet",
              render: (s: boolean) => (s ? t("admin.channels.secretSet") : "—"),
            },
            {
              title: t("admin.state"),
              dataIndex: "active",
              render: (a: boolean) => t(a ? "admin.active" : "admin.inactive"),
            },
          ]}
        />
      </ListStates>
      <Form<UnitChannelInput>
        form={robotForm}
        name="unit-robot"
        layout="vertical"
        className="admin-settings-form"
        initialValues={{ channel: "wecom", secret: null, active: true }}
        onFinish={(v) =>
          storeRobot.mutate(v, {
            onSuccess: () => robotForm.resetFields(),
            onError: (e) => applyFieldErrors(robotForm, e),
          })
        }
      >
        <Form.Item label={t("admin.channels.unit")} name="unitId" rules={robotRule("unitId")}>
          <Select showSearch={{ optionFilterProp: "label" }} options={refs.units} />
        </Form.Item>
        <Form.Item label={t("admin.channels.channel")} name="channel">
          <Select
            options={ROBOT_CHANNELS.map((c) => ({
              value: c,
              label: t(`admin.deliveries.channels.${c}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t("admin.channels.webhookUrl")}
          name="webhookUrl"
          rules={robotRule("webhookUrl")}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t("admin.channels.secret")}
          name="secret"
          extra={t("admin.channels.secretHint")}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item label={t("admin.active")} name="active" valuePropName="checked">
          <Switch />
        </Form.Item>
        {storeRobot.isError && (
          <Alert type="error" showIcon title={errorMessage(storeRobot.error)} />
        )}
        <Button type="primary" htmlType="submit" loading={storeRobot.isPending}>
          {t("admin.save")}
        </Button>
      </Form>

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

      <Typography.Title level={2}>{t("admin.channels.rules")}</Typography.Title>
      <SavedForm<NotificationSettings, SettingsForm>
        name="notification-settings"
        query={settings}
        mutation={{
          ...saveSettings,
          mutate: (input, cb) => saveSettings.mutate(input as NotificationSettings, cb),
        }}
        toForm={toForm}
        toInput={toInput}
      >
        {() => (
          <>
            <Form.Item label={t("admin.channels.settings.quietStart")} name="quietStart">
              <Input placeholder="21:00" style={{ width: 140 }} />
            </Form.Item>
            <Form.Item label={t("admin.channels.settings.quietEnd")} name="quietEnd">
              <Input placeholder="08:00" style={{ width: 140 }} />
            </Form.Item>
            {num("dailyCap")}
            {num("dueSoonWorkingDays")}
            {num("overdueRepeatWorkingDays")}
            {num("escalateAfterWorkingDays")}
            {num("maxAttempts")}
          </>
        )}
      </SavedForm>
    </section>
  );
}
