import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { NotFound } from "../app/role-gate.tsx";
import { looksLikeId } from "../lib/beijing-date.ts";
import { TaskDetailView } from "./task-detail-view.tsx";

/**
 * The task detail as a page of its own (`/tasks/:findingId`), for a lazy route in the route
 * table: the same view the board's and unit view's drawers show.
 */
export default function TaskDetailPage() {
  const { t } = useTranslation();
  const { findingId = "" } = useParams();
  if (!looksLikeId(findingId)) return <NotFound />;
  return (
    <main className="page">
      <Typography.Title level={1} className="page-header">
        {t("taskDetail.title")}
      </Typography.Title>
      <TaskDetailView findingId={findingId} />
    </main>
  );
}
