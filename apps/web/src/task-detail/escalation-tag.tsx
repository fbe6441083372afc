import type { EscalationMark } from "@cw/domain";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

/** The 督办 mark of an escalated task: the latest notice's level and how many it received. */
export function EscalationTag({ escalation }: { escalation: EscalationMark | null }) {
  const { t } = useTranslation();
  if (!escalation) return null;
  return (
    <Tag color="purple" data-testid="escalation-mark">
      {t("tasks.escalationMark", {
        count: escalation.count,
        level: t(`taskDetail.level.${escalation.level}`),
      })}
    </Tag>
  );
}
