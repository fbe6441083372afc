import { type ListTasksInput, TASK_EXPORT_PRESETS, type TaskExportPreset } from "@cw/domain";
import { useQueryClient } from "@tanstack/react-query";
import { App, Button, Dropdown, Space, Typography } from "antd";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../documents/download-file.ts";
import { useLanguage } from "../i18n/use-language.ts";
import { formatNumber } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";

type Filters = Omit<ListTasksInput, "cursor" | "limit">;

/**
 * Exports exactly the current view (the list's filters and order, every page) as one of the
 * three lists. While a large export streams, the screen shows its row count (announced by
 * the server before the first byte) and how much has arrived; the file is saved when complete.
 */
export function ExportButton({ filters, total }: { filters: Filters; total: number | null }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ bytes: number; rows: number | null } | null>(null);
  const abort = useRef<AbortController | null>(null);
  const queryClient = useQueryClient();
  const trpc = useTRPC();

  async function run(preset: TaskExportPreset) {
    const input = { ...filters, preset };
    const url = `/api/documents/task-export?input=${encodeURIComponent(JSON.stringify(input))}`;
    abort.current = new AbortController();
    setProgress({ bytes: 0, rows: total });
    try {
      const { fileName } = await downloadFile(url, setProgress, abort.current.signal);
      void message.success(t("tasks.export.done", { fileName }));
      // The export is now in the documents list.
      void queryClient.invalidateQueries({ queryKey: trpc.documents.pathKey() });
    } catch (error) {
      if ((error as Error).name !== "AbortError") void message.error((error as Error).message);
    } finally {
      setProgress(null);
    }
  }

  const rows = progress?.rows ?? null;
  return (
    <Space data-testid="task-export">
      <Dropdown
        disabled={progress !== null}
        menu={{
          items: TASK_EXPORT_PRESETS.map((p) => ({ key: p, label: t(`tasks.export.${p}`) })),
          onClick: ({ key }) => void run(key as TaskExportPreset),
        }}
      >
        <Button loading={progress !== null}>{t("tasks.export.button")}</Button>
      </Dropdown>
      {progress && (
        <Space data-testid="task-export-progress">
          <Typography.Text type="secondary">
            {t("tasks.export.progress", {
              rows: formatNumber(rows ?? 0, language),
              mb: (progress.bytes / 1_048_576).toFixed(1),
            })}
          </Typography.Text>
          <Button size="small" onClick={() => abort.current?.abort()}>
            {t("tasks.export.cancel")}
          </Button>
        </Space>
      )}
    </Space>
  );
}
