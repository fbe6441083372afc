import type { DeadlineCountdown, EscalationMark, FindingStatus, WarningLevel } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { DeadlineCountdownText } from "./deadline-countdown.tsx";
import { EscalationTag } from "./escalation-tag.tsx";
import "./task-tags.css";

/**
 * Status, the warning the server computed (words, not colour alone, and what the colour means
 * on hover, as the legend beside every list also says), and what the server counted of the
 * deadline. Plain spans drawn as antd's Tags (task-tags.css): the board's and the unit view's
 * first screens show them on every row, and antd's Tag and Tooltip on each were a part of
 * their first load and first render (issue 15).
 */
export function TaskTags({
  status,
  warning,
  countdown = null,
  escalation = null,
}: {
  status: FindingStatus;
  warning: WarningLevel | null;
  countdown?: DeadlineCountdown | null;
  escalation?: EscalationMark | null;
}) {
  const { t } = useTranslation();
  return (
    <span className="task-tags">
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
      <EscalationTag escalation={escalation} />
      <DeadlineCountdownText countdown={countdown} />
    </span>
  );
}

/** A status mark coloured by the task's warning (the task list's status column). */
export function StatusMark({
  status,
  warning,
}: {
  status: FindingStatus;
  warning: WarningLevel | null;
}) {
  const { t } = useTranslation();
  return (
    <span className={warning ? `task-mark task-mark-${warning}` : "task-mark"}>
      {t(`status.${status}`)}
    </span>
  );
}
