import type { TaskListItem } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { PlainButton } from "../components/plain-controls.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDate } from "../lib/format.ts";
import { TaskTags } from "../task-detail/task-tags.tsx";
import "./unit-task-card.css";

/**
 * One task as a card: fits a phone, opens the detail where the unit acts on it. Plain markup
 * drawn as antd's small Card, code Text and Tags (unit-task-card.css) with the plain primary
 * Button: antd's style computation for those was most of /unit's first render on a phone
 * (issue 15).
 */
export function UnitTaskCard({ task, onOpen }: { task: TaskListItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <div
      className="unit-card"
      data-testid="unit-task"
      data-finding-id={task.findingId}
      data-code={task.code}
    >
      <div className="unit-card-head">
        <code>{task.code}</code>
        <TaskTags
          status={task.status}
          warning={task.warning}
          countdown={task.countdown}
          escalation={task.escalation}
        />
      </div>
      <div className="unit-card-body">
        {/* Two lines at most, clipped by CSS (unit.css): antd's measured ellipsis re-rendered
            every card on a phone's first view (issue 15). */}
        <p className="unit-desc" title={task.description}>
          {task.description}
        </p>
        <span className="muted">
          {task.siteName} ·{" "}
          {t("format.labelled", {
            label: t("tasks.deadline"),
            value: task.deadline ? formatDate(task.deadline, language) : "—",
          })}{" "}
          · {t("format.labelled", { label: t("tasks.owner"), value: "" })}
          <span data-testid="unit-task-owner">{task.ownerName ?? "—"}</span>
        </span>
        <div className="unit-card-actions">
          <PlainButton
            kind="primary"
            onClick={onOpen}
            aria-label={t("unit.openTask", { code: task.code })}
            data-testid="unit-open-task"
          >
            {t("unit.open")}
          </PlainButton>
        </div>
      </div>
    </div>
  );
}
