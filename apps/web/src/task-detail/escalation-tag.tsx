import type { EscalationMark } from "@cw/domain";
import { useTranslation } from "react-i18next";
import "./task-tags.css";

/** The 督办 mark of an escalated task: the latest notice's level and how many it received. */
export function EscalationTag({ escalation }: { escalation: EscalationMark | null }) {
  const { t } = useTranslation();
  if (!escalation) return null;
  return (
    <span className="task-mark task-mark-escalated" data-testid="escalation-mark">
      {t("tasks.escalationMark", {
        count: escalation.count,
        level: t(`taskDetail.level.${escalation.level}`),
      })}
    </span>
  );
}
