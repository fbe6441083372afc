import type { DeadlineCountdown, EscalationMark, FindingStatus, WarningLevel } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { DeadlineCountdownText } from "../task-detail/deadline-countdown.tsx";

/**
 * TaskTags (task-detail/task-tags.tsx) for a card, as plain spans drawn as antd's Tags
 * (unit-task-card.css): the same words, colours and test ids. The warning's meaning is the
 * span's title, shown on hover as antd's Tooltip showed it, without the Tooltip's machinery
 * on every card.
 */
export function TaskMarks({
  status,
  warning,
  countdown,
  escalation,
}: {
  status: FindingStatus;
  warning: WarningLevel | null;
  countdown: DeadlineCountdown | null;
  escalation: EscalationMark | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <span className="task-mark" data-testid="task-status">
        {t(`status.${status}`)}
      </span>
      {warning && (
        <span
          className={`task-mark task-mark-${warning}`}
          title={t("format.labelled", {
            label: t(`tasks.warning.${warning}`),
            value: t(`tasks.warningMeaning.${warning}`),
          })}
          data-testid="task-warning"
        >
          {t(`tasks.warning.${warning}`)}
        </span>
      )}
      {escalation && (
        <span className="task-mark task-mark-escalated" data-testid="escalation-mark">
          {t("tasks.escalationMark", {
            count: escalation.count,
            level: t(`taskDetail.level.${escalation.level}`),
          })}
        </span>
      )}
      <DeadlineCountdownText countdown={countdown} />
    </>
  );
}
