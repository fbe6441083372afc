import { useQuery } from "@tanstack/react-query";
import { Alert, Flex, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { TaskActions } from "./task-actions.tsx";
import { PushedBackNote, TaskExtensions } from "./task-extensions.tsx";
import { TaskFormDialog } from "./task-form-dialog.tsx";
import type { TaskFormKind } from "./task-form-kinds.ts";
import { TaskHistory } from "./task-history.tsx";
import { TaskInfo } from "./task-info.tsx";
import { TaskRecords } from "./task-records.tsx";
import { TaskTags } from "./task-tags.tsx";
import { useTaskRefresh } from "./use-task-refresh.ts";
import "./task-detail.css";

/** One task: what was found, what was done, its history, and what this user may do next. */
export function TaskDetailView({ findingId }: { findingId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useTaskRefresh();
  const detail = useQuery(trpc.tasks.get.queryOptions({ findingId }));
  const [form, setForm] = useState<TaskFormKind | null>(null);
  const [notice, setNotice] = useState<{ type: "success" | "warning"; text: string } | null>(null);
  // A unit that pushed a task back no longer sees it: say it went back, not "forbidden".
  const [handedBack, setHandedBack] = useState(false);

  if (handedBack)
    return (
      <Alert
        type="success"
        showIcon
        title={t("taskDetail.handedBack")}
        data-testid="task-handed-back"
      />
    );
  if (detail.isPending) return <Loading rows={8} />;
  if (detail.isError)
    return <LoadError compact error={detail.error} onRetry={() => void detail.refetch()} />;
  const task = detail.data;

  const finish = (text: string, type: "success" | "warning") => {
    setForm(null);
    setNotice({ type, text });
    void refresh();
  };

  return (
    <div className="td-stack" data-testid="task-detail" data-status={task.status}>
      <Flex wrap gap="small" align="center">
        <Typography.Text code data-testid="detail-code">
          {task.code}
        </Typography.Text>
        <TaskTags
          status={task.status}
          warning={task.warning}
          countdown={task.countdown}
          escalation={task.escalation}
        />
      </Flex>
      {notice && (
        <Alert
          type={notice.type}
          showIcon
          closable
          title={notice.text}
          onClose={() => setNotice(null)}
          data-testid="task-notice"
        />
      )}
      <PushedBackNote pushedBack={task.pushedBack} />
      <TaskActions task={task} onOpen={setForm} />
      <TaskInfo task={task} />
      <TaskRecords task={task} />
      <TaskExtensions requests={task.extensionRequests} />
      <TaskHistory findingId={findingId} />
      {form && (
        <TaskFormDialog
          kind={form}
          task={{ findingId, version: task.version }}
          initialValues={
            form.type === "transition" && form.action === "dispatch" && task.dispatchSuggestion
              ? {
                  unitId: task.dispatchSuggestion.unit?.id,
                  ownerId: task.dispatchSuggestion.owner?.id,
                }
              : undefined
          }
          onCancel={() => setForm(null)}
          onDone={() => {
            if (form.type === "transition" && form.action === "push_back") {
              setHandedBack(true);
              void refresh();
            } else finish(t("taskDetail.done"), "success");
          }}
          // Someone else changed the task: say so and show its current state.
          onConflict={(message) => finish(`${message} ${t("taskDetail.reloaded")}`, "warning")}
        />
      )}
    </div>
  );
}
