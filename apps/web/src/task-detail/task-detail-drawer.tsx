import { Drawer } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { NotFound } from "../app/role-gate.tsx";
import { looksLikeId } from "../lib/beijing-date.ts";
import { TaskDetailView } from "./task-detail-view.tsx";

/**
 * The task detail over the list it was opened from (board or unit view), at its own URL
 * (`…/tasks/:findingId`) so it can be shared and the back button closes it. Full width on a
 * phone.
 */
export function TaskDetailDrawer({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { findingId = "" } = useParams();
  if (!looksLikeId(findingId)) return <NotFound />;
  return (
    <Drawer
      open
      onClose={onClose}
      title={t("taskDetail.title")}
      size="min(820px, 100vw)"
      destroyOnHidden
      closable={{ "aria-label": t("taskDetail.close") }}
    >
      <TaskDetailView findingId={findingId} />
    </Drawer>
  );
}
