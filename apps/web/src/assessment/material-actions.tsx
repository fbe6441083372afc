import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Input, List, message, Space, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading } from "../components/query-states.tsx";
import { errorMessage } from "../lib/api-error.ts";
import { useTRPC } from "../lib/trpc.ts";
import type { MaterialAction } from "./api-types.ts";

/**
 * One requirement's files and the review actions the server says this user may take now
 * (materials.get → availableActions, canUpload); the server re-checks each one.
 */
export function MaterialActions({ requirementId }: { requirementId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.materials.get.queryOptions({ id: requirementId }));
  const [comment, setComment] = useState("");
  const [uploading, setUploading] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.materials.pathKey() });
  const transition = useMutation(
    trpc.materials.transition.mutationOptions({
      onSuccess: () => {
        setComment("");
        void refresh();
      },
      onError: (error) => void message.error(errorMessage(error)),
    }),
  );
  if (detail.isPending) return <Loading rows={2} />;
  if (detail.isError)
    return <LoadError compact error={detail.error} onRetry={() => void detail.refetch()} />;
  const r = detail.data;
  const act = (action: MaterialAction) =>
    transition.mutate({
      id: r.id,
      expectedVersion: r.version,
      action,
      ...(comment.trim() ? { comment } : {}),
    });
  // Files are sent raw, as the upload route expects (http/material-routes.ts).
  const upload = async (file: File) => {
    setUploading(true);
    const response = await fetch(
      `/api/materials/${r.id}/files?name=${encodeURIComponent(file.name)}`,
      {
        method: "POST",
        body: file,
        headers: { "content-type": file.type || "application/octet-stream" },
      },
    );
    setUploading(false);
    if (!response.ok) void message.error(t("assessment.uploadFailed"));
    void refresh();
  };
  return (
    <div>
      {r.description && <p>{r.description}</p>}
      <List
        size="small"
        header={t("assessment.files")}
        dataSource={r.files}
        locale={{ emptyText: t("assessment.noFiles") }}
        renderItem={(f) => (
          <List.Item>
            <a href={`/api/materials/files/${f.id}`}>{f.fileName}</a>
          </List.Item>
        )}
      />
      <Space wrap style={{ marginTop: 8 }}>
        {/* Whether this user may add files now is the server's answer (canUpload). */}
        {r.canUpload && (
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              void upload(file);
              return false; // sent by upload(), not by antd
            }}
          >
            <Button loading={uploading}>{t("assessment.uploadFile")}</Button>
          </Upload>
        )}
        {r.availableActions.includes("return") && (
          <Input.TextArea
            aria-label={t("assessment.reviewComment")}
            placeholder={t("assessment.reviewComment")}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
            rows={1}
            style={{ width: 280 }}
          />
        )}
        {r.availableActions.map((action) => (
          <Button
            key={action}
            type={action === "approve" || action === "submit" ? "primary" : "default"}
            loading={transition.isPending && transition.variables?.action === action}
            onClick={() => act(action)}
          >
            {t(`assessment.materialAction.${action}`)}
          </Button>
        ))}
      </Space>
    </div>
  );
}
