import type { SupervisionNoticeInput } from "@cw/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, DatePicker, Form, Input, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";
import { downloadFile } from "./download-file.ts";

const DATE = "YYYY-MM-DD";

interface Values {
  period: [Dayjs, Dayjs];
  unitIds?: string[];
  issuer: string;
  docNumber: string;
  title: string;
  closing: string;
}

/**
 * The coordinator chooses the period and units and writes the 文号, title and closing
 * paragraph; the server reads the numbers, generates the .docx, keeps it in the documents
 * list, and the browser downloads it.
 */
export function NoticeForm() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const units = useQuery(trpc.units.list.queryOptions({}));
  const generate = useMutation(trpc.documents.supervisionNotice.mutationOptions());
  const [form] = Form.useForm<Values>();

  async function submit(values: Values) {
    const input: SupervisionNoticeInput = {
      from: values.period[0].format(DATE),
      to: values.period[1].format(DATE),
      ...(values.unitIds?.length ? { unitIds: values.unitIds } : {}),
      issuer: values.issuer,
      docNumber: values.docNumber,
      title: values.title,
      closing: values.closing,
    };
    try {
      const made = await generate.mutateAsync(input);
      await downloadFile(made.url, () => {});
      void message.success(t("documents.generated", { fileName: made.fileName }));
      await queryClient.invalidateQueries({ queryKey: trpc.documents.pathKey() });
    } catch (error) {
      void message.error(errorMessage(error));
    }
  }

  return (
    <Card title={t("documents.notice.title")} size="small">
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          period: [dayjs().subtract(6, "day"), dayjs()],
          issuer: t("documents.notice.defaultIssuer"),
          title: t("documents.notice.defaultTitle"),
          closing: t("documents.notice.defaultClosing"),
        }}
        data-testid="notice-form"
      >
        <Form.Item name="period" label={t("documents.notice.period")} rules={[{ required: true }]}>
          <DatePicker.RangePicker />
        </Form.Item>
        <Form.Item name="unitIds" label={t("documents.notice.units")}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t("documents.notice.allUnits")}
            loading={units.isPending}
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            optionFilterProp="label"
          />
        </Form.Item>
        <Form.Item name="issuer" label={t("documents.notice.issuer")} rules={[{ required: true }]}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="docNumber"
          label={t("documents.notice.docNumber")}
          rules={[{ required: true }]}
        >
          <Input maxLength={60} placeholder="〔2026〕1号" />
        </Form.Item>
        <Form.Item name="title" label={t("documents.notice.docTitle")} rules={[{ required: true }]}>
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item name="closing" label={t("documents.notice.closing")}>
          <Input.TextArea rows={4} maxLength={4000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={generate.isPending}>
          {t("documents.notice.generate")}
        </Button>
      </Form>
    </Card>
  );
}
