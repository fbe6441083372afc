import { RECTIFICATION_NOTICE_FORMS, type RectificationNoticeInput } from "@cw/domain";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Form, Input, Modal, Radio } from "antd";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";
import { downloadFile } from "./download-file.ts";

type Values = Pick<RectificationNoticeInput, "form" | "issuer" | "docNumber">;

/** 整改通知书 / 督办单 for the chosen tasks: one notice per unit, generated and downloaded. */
export function RectificationNoticeDialog({
  findingIds,
  onClose,
}: {
  findingIds: string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const generate = useMutation(trpc.documents.rectificationNotice.mutationOptions());
  const [form] = Form.useForm<Values>();

  async function submit(values: Values) {
    try {
      const made = await generate.mutateAsync({ ...values, findingIds, replyWithinDays: 3 });
      await downloadFile(made.url, () => {});
      void message.success(t("documents.generated", { fileName: made.fileName }));
      await queryClient.invalidateQueries({ queryKey: trpc.documents.pathKey() });
      onClose();
    } catch (error) {
      void message.error(errorMessage(error));
    }
  }

  /** The same notices in the browser, to print (a new tab: the list stays as it is). */
  function openPrintView() {
    const v = form.getFieldsValue();
    const query = new URLSearchParams({
      ids: findingIds.join(","),
      form: v.form ?? "rectification_notice",
      issuer: v.issuer ?? "",
      docNumber: v.docNumber ?? "",
      days: "3",
    });
    window.open(`/documents/notice-print?${query}`, "_blank", "noopener");
  }

  return (
    <Modal
      open
      title={t("documents.rn.title", { count: findingIds.length })}
      okText={t("documents.rn.generate")}
      confirmLoading={generate.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          <Button onClick={openPrintView}>{t("documents.rn.printView")}</Button>
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
        initialValues={{
          form: "rectification_notice",
          issuer: t("documents.notice.defaultIssuer"),
        }}
      >
        <Form.Item name="form" label={t("documents.rn.form")}>
          <Radio.Group
            options={RECTIFICATION_NOTICE_FORMS.map((f) => ({
              value: f,
              label: t(`documents.rn.${f}`),
            }))}
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
          <Input maxLength={60} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
