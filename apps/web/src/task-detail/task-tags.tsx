import type { DeadlineCountdown, EscalationMark, FindingStatus, WarningLevel } from "@cw/domain";
import { Tag, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { DeadlineCountdownText } from "./deadline-countdown.tsx";
import { EscalationTag } from "./escalation-tag.tsx";

// The server's warning level (red = overdue, yellow = behind, blue = due soon) as a colour.
export const WARNING_COLOR = { red: "red", yellow: "gold", blue: "blue" } as const;
// antd's gold text on its gold background is below 4.5:1; a darker brown keeps the colour.
export const WARNING_STYLE = { yellow: { color: "#874d00" } } as const;

/**
 * Status, the warning the server computed (words, not colour alone, and what the colour means
 * on hover or focus), and what the server counted of the deadline.
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
  const meaning = (level: WarningLevel) =>
    t("format.labelled", {
      label: t(`tasks.warning.${level}`),
      value: t(`tasks.warningMeaning.${level}`),
    });
  return (
    <>
      <Tag data-testid="task-status">{t(`status.${status}`)}</Tag>
      {warning && (
        <Tooltip title={meaning(warning)}>
          <Tag
            color={WARNING_COLOR[warning]}
            style={warning === "yellow" ? WARNING_STYLE.yellow : undefined}
            data-testid="task-warning"
          >
            {t(`tasks.warning.${warning}`)}
          </Tag>
        </Tooltip>
      )}
      <EscalationTag escalation={escalation} />
      <DeadlineCountdownText countdown={countdown} />
    </>
  );
}
