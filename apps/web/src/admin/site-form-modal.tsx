import { type AdminSite, createSiteInputSchema } from "@cw/domain";
import { useMutation } from "@tanstack/react-query";
import { Form, Input, InputNumber, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { orNull } from "./admin-rules.ts";
import { FormModal } from "./form-modal.tsx";
import { SiteContactUserSelect } from "./site-contact-user-select.tsx";
import { type useRefOptions, useRefresh } from "./use-admin-data.ts";

interface SiteValues {
  code: string;
  name: string;
  siteTypeId: string;
  address: string;
  latitude: number;
  longitude: number;
  responsibleUnitId: string;
  gridId?: string;
  isKeySite: boolean;
  contactName: string;
  contactMobile: string;
  contactUserId?: string | null;
  active: boolean;
}

export function SiteFormModal({
  site,
  refs,
  onClose,
}: {
  site: AdminSite | null;
  refs: ReturnType<typeof useRefOptions>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const create = useMutation(trpc.sites.create.mutationOptions());
  const update = useMutation(trpc.sites.update.mutationOptions());
  const submit = async ({ active, ...v }: SiteValues) => {
    const input = { ...v, gridId: orNull(v.gridId), contactUserId: v.contactUserId ?? null };
    if (site) await update.mutateAsync({ id: site.id, ...input, active });
    else await create.mutateAsync(input);
    await refresh("sites", "siteTypes");
  };
  const rule = (field: keyof typeof createSiteInputSchema.shape) => [
    zodRule(createSiteInputSchema, field, language),
  ];
  return (
    <FormModal<SiteValues>
      name="site"
      title={
        site
          ? t("format.labelled", { label: t("admin.site.edit"), value: site.name })
          : t("admin.site.create")
      }
      open
      onClose={onClose}
      onSubmit={submit}
      initialValues={
        site
          ? {
              ...site,
              gridId: site.gridId ?? undefined,
              contactName: site.contactName ?? "",
              contactMobile: site.contactMobile ?? "",
            }
          : { isKeySite: false, active: true, contactName: "", contactMobile: "" }
      }
    >
      {() => (
        <>
          <Form.Item label={t("admin.code")} name="code" rules={rule("code")}>
            <Input />
          </Form.Item>
          <Form.Item label={t("admin.site.name")} name="name" rules={rule("name")}>
            <Input />
          </Form.Item>
          <Form.Item label={t("admin.site.type")} name="siteTypeId" rules={rule("siteTypeId")}>
            <Select showSearch={{ optionFilterProp: "label" }} options={refs.siteTypes} />
          </Form.Item>
          <Form.Item label={t("admin.site.address")} name="address" rules={rule("address")}>
            <Input />
          </Form.Item>
          <Form.Item label={t("admin.site.latitude")} name="latitude" rules={rule("latitude")}>
            <InputNumber precision={6} step={0.000001} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item label={t("admin.site.longitude")} name="longitude" rules={rule("longitude")}>
            <InputNumber precision={6} step={0.000001} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item
            label={t("admin.site.unit")}
            name="responsibleUnitId"
            rules={rule("responsibleUnitId")}
          >
            <Select showSearch={{ optionFilterProp: "label" }} options={refs.units} />
          </Form.Item>
          <Form.Item label={t("admin.site.grid")} name="gridId">
            <Select allowClear showSearch={{ optionFilterProp: "label" }} options={refs.grids} />
          </Form.Item>
          <Form.Item label={t("admin.site.keySite")} name="isKeySite" valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item
            label={t("admin.site.contactName")}
            name="contactName"
            rules={rule("contactName")}
          >
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t("admin.site.contactMobile")}
            name="contactMobile"
            rules={rule("contactMobile")}
          >
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t("admin.site.contactUser")}
            name="contactUserId"
            extra={t("admin.site.contactUserHint")}
          >
            <SiteContactUserSelect />
          </Form.Item>
          {site && (
            <Form.Item label={t("admin.active")} name="active" valuePropName="checked">
              <Switch />
            </Form.Item>
          )}
        </>
      )}
    </FormModal>
  );
}
