import { ROBOT_CHANNELS, type UnitChannelInput, unitChannelInputSchema } from "@cw/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Form, Input, Select, Switch, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { applyFieldErrors, formAlert } from "../lib/form-errors.ts";
import { useTRPC } from "../lib/trpc.ts";
import { zodRule } from "../lib/zod-rule.ts";
import { ListStates } from "./list-parts.tsx";
import { useRefOptions } from "./use-admin-data.ts";

/** Each unit's WeCom/DingTalk robot: the URL and secret go in, only a masked URL comes back. */
export function UnitRobotsSection() {
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
  const [robotForm] = Form.useForm<UnitChannelInput>();
  const robotRule = (f: keyof UnitChannelInput) => [zodRule(unitChannelInputSchema, f, language)];
  return (
    <>
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
        {storeRobot.isError && formAlert(robotForm, storeRobot.error) && (
          <Alert type="error" showIcon title={formAlert(robotForm, storeRobot.error)} />
        )}
        <Button type="primary" htmlType="submit" loading={storeRobot.isPending}>
          {t("admin.save")}
        </Button>
      </Form>
    </>
  );
}
