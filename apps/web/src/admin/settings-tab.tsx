import { type CampaignSettings, campaignSettingsSchema } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Form, InputNumber, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ruleOf } from "./admin-rules.ts";
import { SavedForm } from "./saved-form.tsx";

const MB = 1024 * 1024;
const shape = campaignSettingsSchema.shape;
// Sizes are stored in bytes but typed in MB, which is how people think of a photo's size.
const toForm = (s: CampaignSettings) => ({
  ...s,
  maxPhotoBytes: s.maxPhotoBytes / MB,
  maxMaterialBytes: s.maxMaterialBytes / MB,
});
const toInput = (v: CampaignSettings) => ({
  ...v,
  maxPhotoBytes: Math.round(v.maxPhotoBytes * MB),
  maxMaterialBytes: Math.round(v.maxMaterialBytes * MB),
});
const toBytes = (mb: number) => Math.round(mb * MB);

export function SettingsTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const query = useQuery(trpc.settings.get.queryOptions());
  const mutation = useMutation(trpc.settings.update.mutationOptions());
  const num = (name: keyof CampaignSettings, suffix: string, bytes = false) => (
    <Form.Item
      label={t(`admin.settings.${name}`)}
      name={name}
      extra={t(`admin.settings.${name}Hint`)}
      rules={[ruleOf(shape[name].unwrap(), language, bytes ? toBytes : undefined)]}
    >
      <InputNumber suffix={suffix} style={{ width: 180 }} />
    </Form.Item>
  );
  const flag = (name: keyof CampaignSettings) => (
    <Form.Item label={t(`admin.settings.${name}`)} name={name} valuePropName="checked">
      <Switch />
    </Form.Item>
  );
  return (
    <section aria-label={t("admin.tabs.settings")}>
      <SavedForm<CampaignSettings, CampaignSettings>
        name="settings"
        query={query}
        mutation={mutation}
        toForm={toForm}
        toInput={toInput}
      >
        {() => (
          <>
            {num("dueSoonWorkingDays", t("admin.suffix.days"))}
            {num("unclaimedAfterHours", t("admin.suffix.hours"))}
            {flag("requireEvidencePhoto")}
            {flag("requireVerificationPhoto")}
            {num("maxPhotoBytes", "MB", true)}
            {num("maxMaterialBytes", "MB", true)}
            {num("sessionIdleHours", t("admin.suffix.hours"))}
            {num("rankingMinTasks", t("admin.suffix.tasks"))}
          </>
        )}
      </SavedForm>
    </section>
  );
}
