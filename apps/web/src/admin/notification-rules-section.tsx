import type { NotificationSettings } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Form, Input, InputNumber, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";
import { SavedForm } from "./saved-form.tsx";

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

/** The rules against formalism: quiet hours, daily cap, the reminder ladder's N, M and K. */
export function NotificationRulesSection() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const settings = useQuery(trpc.channels.settings.queryOptions());
  const saveSettings = useMutation(trpc.channels.updateSettings.mutationOptions());
  const num = (name: keyof NotificationSettings) => (
    <Form.Item label={t(`admin.channels.settings.${name}`)} name={name}>
      <InputNumber min={1} style={{ width: 140 }} />
    </Form.Item>
  );
  return (
    <>
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
    </>
  );
}
