import { type ImportSitesOutput, SITE_IMPORT_COLUMNS, SITE_IMPORT_MAX_BYTES } from "@cw/domain";
import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Modal, Space, Spin, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { fileToBase64 } from "../lib/file-bytes.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useRefresh } from "./use-admin-data.ts";

type ImportError = Extract<ImportSitesOutput, { ok: false }>["errors"][number];

// A template with the headers the server reads, so an admin starts from a file that works.
const TEMPLATE = `\uFEFF${Object.values(SITE_IMPORT_COLUMNS)
  .map((names) => names[0])
  .join(",")}\r\nS-001,示例点位,market,示例路1号,34.565812,110.092123,U-001,,否\r\n`;

export function SiteImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const [fileName, setFileName] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [localError, setLocalError] = useState<string | null>(null);
  const run = useMutation(
    trpc.sites.import.mutationOptions({
      onSuccess: (result) => (result.ok ? refresh("sites", "siteTypes") : undefined),
    }),
  );
  const start = async (file: File) => {
    setFileName(file.name);
    setLocalError(null);
    run.reset();
    if (file.size > SITE_IMPORT_MAX_BYTES) return setLocalError(t("admin.import.tooLarge"));
    setReading(true);
    try {
      const content = await fileToBase64(file);
      const format = file.name.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
      run.mutate({ format, content, fileName: file.name });
    } catch {
      setLocalError(t("admin.import.unreadable"));
    } finally {
      setReading(false);
    }
  };
  const result = run.data;
  const busy = reading || run.isPending;
  return (
    <Modal
      title={t("admin.import.title")}
      open
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t("admin.close")}</Button>}
      width={760}
      className="admin-modal"
    >
      <Space direction="vertical" style={{ width: "100%" }}>
        <Typography.Paragraph>{t("admin.import.hint")}</Typography.Paragraph>
        <Space wrap>
          <Upload
            accept=".xlsx,.csv"
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void start(file);
              return false; // read here and sent through the API, not posted by the widget
            }}
          >
            <Button type="primary" loading={busy}>
              {t("admin.import.choose")}
            </Button>
          </Upload>
          <a
            href={`data:text/csv;charset=utf-8,${encodeURIComponent(TEMPLATE)}`}
            download="sites-template.csv"
          >
            {t("admin.import.template")}
          </a>
        </Space>
        {busy && (
          <Spin>
            <div role="status" className="admin-import-status">
              {reading
                ? t("admin.import.reading", { name: fileName })
                : t("admin.import.checking", { name: fileName })}
            </div>
          </Spin>
        )}
        {localError && <Alert type="error" showIcon title={localError} />}
        {run.isError && (
          <Alert
            type="error"
            showIcon
            title={t("admin.import.failed")}
            description={errorMessage(run.error)}
          />
        )}
        {result?.ok && (
          <Alert
            type="success"
            showIcon
            role="status"
            title={t("admin.import.done", { created: result.created, updated: result.updated })}
          />
        )}
        {result && !result.ok && (
          <>
            <Alert
              type="error"
              showIcon
              title={t("admin.import.invalid", { count: result.errors.length })}
            />
            <Table<ImportError>
              size="small"
              rowKey={(e) => `${e.row}:${e.column}:${e.message}`}
              dataSource={result.errors}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              columns={[
                { title: t("admin.import.row"), dataIndex: "row", width: 70 },
                {
                  title: t("admin.import.column"),
                  dataIndex: "column",
                  width: 110,
                  render: (c: string | null) => c ?? "—",
                },
                { title: t("admin.import.problem"), dataIndex: "message" },
              ]}
            />
          </>
        )}
      </Space>
    </Modal>
  );
}
