import type { FindingStatus, WarningLevel } from "@cw/domain";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

// The server's warning level (red = overdue, yellow = behind, blue = due soon) as a colour.
const WARNING_COLOR = { red: "red", yellow: "gold", blue: "blue" } as const;
// antd's gold text on its gold background is below 4.5:1; a darker brown keeps the colour.
const WARNING_STYLE = { yellow: { color: "#874d00" } } as const;

/** Status, and the warning the server computed, as tags with words (not colour alone). */
export function TaskTags({
  status,
  warning,
}: {
  status: FindingStatus;
  warning: WarningLevel | null;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Tag data-testid="task-status">{t(`status.${status}`)}</Tag>
      {warning && (
        <Tag
          color={WARNING_COLOR[warning]}
          style={warning === "yellow" ? WARNING_STYLE.yellow : undefined}
          data-testid="task-warning"
        >
          {t(`tasks.warning.${warning}`)}
        </Tag>
      )}
    </>
  );
}
