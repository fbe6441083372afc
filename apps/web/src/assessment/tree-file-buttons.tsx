import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, List, Modal, message, Progress, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorMessage } from "../lib/api-error.ts";
import { base64ToBlob, fileToBase64, saveBlob } from "../lib/file-bytes.ts";
import { useTRPC } from "../lib/trpc.ts";
import type { AssessmentSystem } from "./api-types.ts";

type ImportState =
  | { stage: "reading" | "checking"; fileName: string }
  | { stage: "errors"; fileName: string; errors: { message: string }[] }
  | { stage: "done"; fileName: string }
  | null;

/** Export the system as a workbook; import one to replace its tree, showing every row error. */
export function TreeFileButtons({ system }: { system: AssessmentSystem }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [exporting, setExporting] = useState(false);
  const [state, setState] = useState<ImportState>(null);
  const importTree = useMutation(trpc.assessmentSystems.import.mutationOptions());

  const exportFile = async () => {
    setExporting(true);
    try {
      const file = await queryClient.fetchQuery(
        trpc.assessmentSystems.export.queryOptions(
          { systemId: system.id, format: "xlsx" },
          { staleTime: 0 },
        ),
      );
      saveBlob(base64ToBlob(file.base64, file.mimeType), file.fileName);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setExporting(false);
    }
  };

  const importFile = async (file: File) => {
    const fileName = file.name;
    const format = fileName.toLowerCase().endsWith(".csv") ? "csv" : "xlsx";
    setState({ stage: "reading", fileName });
    try {
      const base64 = await fileToBase64(file);
      setState({ stage: "checking", fileName });
      const result = await importTree.mutateAsync({
        format,
        file: base64,
        target: { mode: "replace", systemId: system.id },
      });
      if (!result.ok) return setState({ stage: "errors", fileName, errors: result.errors });
      setState({ stage: "done", fileName });
      await queryClient.invalidateQueries();
    } catch (error) {
      setState({ stage: "errors", fileName, errors: [{ message: errorMessage(error) }] });
    }
  };

  const busy = state?.stage === "reading" || state?.stage === "checking";
  return (
    <>
      <Button onClick={() => void exportFile()} loading={exporting}>
        {t("assessment.export")}
      </Button>
      <Upload
        accept=".xlsx,.csv"
        showUploadList={false}
        beforeUpload={(f) => {
          void importFile(f);
          return false; // read and sent by importFile(), not by antd
        }}
      >
        <Button loading={busy}>{t("assessment.import")}</Button>
      </Upload>
      <Modal
        open={state !== null}
        title={t("assessment.importTitle", { name: state?.fileName ?? "" })}
        onCancel={() => setState(null)}
        footer={
          busy ? null : <Button onClick={() => setState(null)}>{t("assessment.close")}</Button>
        }
        closable={!busy}
      >
        {busy && (
          <div role="status">
            <Progress percent={state.stage === "reading" ? 30 : 70} status="active" />
            {t(
              state.stage === "reading" ? "assessment.importReading" : "assessment.importChecking",
            )}
          </div>
        )}
        {state?.stage === "done" && (
          <Alert type="success" showIcon title={t("assessment.importDone")} />
        )}
        {state?.stage === "errors" && (
          <>
            <Alert
              type="error"
              showIcon
              title={t("assessment.importErrors", { count: state.errors.length })}
            />
            <List
              size="small"
              dataSource={state.errors}
              renderItem={(e) => <List.Item>{e.message}</List.Item>}
              style={{ maxHeight: 360, overflow: "auto" }}
            />
          </>
        )}
      </Modal>
    </>
  );
}
