import {
  type AdminUser,
  createUserInputSchema,
  LOCALES,
  PASSWORD_MIN_LENGTH,
  ROLES,
  resetPasswordInputSchema,
  updateUserInputSchema,
} from "@cw/domain";
import { useMutation } from "@tanstack/react-query";
import { Form, Input, Select, Switch } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { orNull } from "./admin-rules.ts";
import { FormModal } from "./form-modal.tsx";
import { useRefresh } from "./use-admin-data.ts";

type Option = { value: string; label: string; disabled?: boolean };
interface UserValues {
  username: string;
  displayName: string;
  phone: string;
  email: string;
  locale: (typeof LOCALES)[number];
  role: (typeof ROLES)[number];
  unitId?: string;
  password: string;
  active: boolean;
}

/** Create a user, or change an existing one's name, phone, email, language, role, unit and active flag. */
export function UserFormModal({
  user,
  unitOptions,
  onClose,
}: {
  user: AdminUser | null;
  unitOptions: Option[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const create = useMutation(trpc.users.create.mutationOptions());
  const update = useMutation(trpc.users.update.mutationOptions());
  const schema = user ? updateUserInputSchema : createUserInputSchema;
  const submit = async (v: UserValues) => {
    const common = {
      displayName: v.displayName,
      phone: v.phone,
      email: v.email,
      locale: v.locale,
      role: v.role,
      unitId: orNull(v.unitId),
    };
    if (user) await update.mutateAsync({ id: user.id, ...common, active: v.active });
    else await create.mutateAsync({ ...common, username: v.username, password: v.password });
    await refresh("users");
  };
  return (
    <FormModal<UserValues>
      name="user"
      title={
        user
          ? t("format.labelled", { label: t("admin.user.edit"), value: user.username })
          : t("admin.user.create")
      }
      open
      onClose={onClose}
      onSubmit={submit}
      initialValues={
        user
          ? {
              ...user,
              phone: user.phone ?? "",
              email: user.email ?? "",
              unitId: user.unitId ?? undefined,
            }
          : { phone: "", email: "", locale: "zh-CN", role: "inspector", active: true }
      }
    >
      {() => (
        <>
          {!user && (
            <Form.Item
              label={t("admin.user.username")}
              name="username"
              rules={[zodRule(createUserInputSchema, "username", language)]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          )}
          <Form.Item
            label={t("admin.user.displayName")}
            name="displayName"
            rules={[zodRule(createUserInputSchema, "displayName", language)]}
          >
            <Input />
          </Form.Item>
          <Form.Item
            label={t("admin.user.phone")}
            name="phone"
            rules={[zodRule(schema, "phone", language)]}
          >
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item
            label={t("admin.user.email")}
            name="email"
            rules={[zodRule(schema, "email", language)]}
          >
            <Input inputMode="email" autoComplete="off" />
          </Form.Item>
          <Form.Item
            label={t("admin.user.locale")}
            name="locale"
            extra={t("admin.user.localeHint")}
          >
            <Select
              options={LOCALES.map((l) => ({
                value: l,
                label: l === "en" ? "English" : "简体中文",
              }))}
            />
          </Form.Item>
          <Form.Item
            label={t("admin.user.role")}
            name="role"
            rules={[zodRule(createUserInputSchema, "role", language)]}
          >
            <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          </Form.Item>
          <Form.Item label={t("admin.user.unit")} name="unitId" extra={t("admin.user.unitHint")}>
            <Select allowClear showSearch={{ optionFilterProp: "label" }} options={unitOptions} />
          </Form.Item>
          {user ? (
            <Form.Item label={t("admin.active")} name="active" valuePropName="checked">
              <Switch />
            </Form.Item>
          ) : (
            <Form.Item
              label={t("admin.user.password")}
              name="password"
              extra={t("admin.user.passwordHint", { min: PASSWORD_MIN_LENGTH })}
              rules={[zodRule(createUserInputSchema, "password", language)]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
          )}
        </>
      )}
    </FormModal>
  );
}

export function ResetPasswordModal({ user, onClose }: { user: AdminUser; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const reset = useMutation(trpc.users.resetPassword.mutationOptions());
  return (
    <FormModal<{ password: string }>
      name="reset-password"
      title={t("format.labelled", { label: t("admin.user.resetPassword"), value: user.username })}
      open
      onClose={onClose}
      onSubmit={(v) => reset.mutateAsync({ id: user.id, password: v.password })}
    >
      {() => (
        <Form.Item
          label={t("admin.user.newPassword")}
          name="password"
          extra={t("admin.user.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          rules={[zodRule(resetPasswordInputSchema, "password", language)]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
    </FormModal>
  );
}
