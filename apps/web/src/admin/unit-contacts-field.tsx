import { CONTACT_ROLES, unitContactInputSchema } from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Form, Input, Select } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";

type ContactField = "name" | "mobile" | "email" | "wecomId" | "dingtalkId";

/**
 * The unit's head and liaisons: each a user of the unit (existing units) or a person with a
 * name, mobile, email and 企业微信/钉钉 ids, validated with the API's own schema per field.
 */
export function UnitContactsField({ unitId }: { unitId: string | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const users = useQuery({
    ...trpc.users.list.queryOptions({ unitId: unitId ?? "", active: true, limit: 200 }),
    enabled: !!unitId,
  });
  const userOptions = users.data?.items.map((u) => ({ value: u.id, label: u.displayName })) ?? [];
  const rule = (field: ContactField) => [zodRule(unitContactInputSchema, field, language)];
  return (
    <Form.List name="contacts">
      {(rows, { add, remove }) => (
        <Flex vertical gap="small" data-testid="unit-contacts">
          {rows.map(({ key, name }) => (
            <Card
              key={key}
              size="small"
              title={
                <Form.Item name={[name, "role"]} noStyle>
                  <Select
                    aria-label={t("admin.contact.role")}
                    style={{ width: 140 }}
                    options={CONTACT_ROLES.map((r) => ({
                      value: r,
                      label: t(`admin.contact.${r}`),
                    }))}
                  />
                </Form.Item>
              }
              extra={
                <Button size="small" danger onClick={() => remove(name)}>
                  {t("admin.contact.remove")}
                </Button>
              }
            >
              <Form.Item name={[name, "id"]} hidden>
                <Input />
              </Form.Item>
              {unitId && (
                <Form.Item label={t("admin.contact.user")} name={[name, "userId"]}>
                  <Select
                    allowClear
                    showSearch={{ optionFilterProp: "label" }}
                    options={userOptions}
                  />
                </Form.Item>
              )}
              <Form.Item label={t("admin.contact.name")} name={[name, "name"]} rules={rule("name")}>
                <Input autoComplete="off" />
              </Form.Item>
              <Flex gap="small" wrap>
                <Form.Item
                  label={t("admin.contact.mobile")}
                  name={[name, "mobile"]}
                  rules={rule("mobile")}
                >
                  <Input inputMode="tel" autoComplete="off" />
                </Form.Item>
                <Form.Item
                  label={t("admin.contact.email")}
                  name={[name, "email"]}
                  rules={rule("email")}
                >
                  <Input inputMode="email" autoComplete="off" />
                </Form.Item>
                <Form.Item
                  label={t("admin.contact.wecomId")}
                  name={[name, "wecomId"]}
                  rules={rule("wecomId")}
                >
                  <Input autoComplete="off" />
                </Form.Item>
                <Form.Item
                  label={t("admin.contact.dingtalkId")}
                  name={[name, "dingtalkId"]}
                  rules={rule("dingtalkId")}
                >
                  <Input autoComplete="off" />
                </Form.Item>
              </Flex>
            </Card>
          ))}
          <Flex gap="small">
            <Button onClick={() => add({ role: "head" })} data-testid="add-head">
              {t("admin.contact.addHead")}
            </Button>
            <Button onClick={() => add({ role: "liaison" })} data-testid="add-liaison">
              {t("admin.contact.addLiaison")}
            </Button>
          </Flex>
        </Flex>
      )}
    </Form.List>
  );
}
