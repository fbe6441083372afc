import { WARNING_LEVELS } from "@cw/domain";
import { Flex, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { WARNING_COLOR, WARNING_STYLE } from "./task-tags.tsx";

/** What each warning colour means, beside the lists and boards that show them. */
export function WarningLegend() {
  const { t } = useTranslation();
  return (
    <Flex
      wrap
      gap="small"
      align="center"
      className="warning-legend"
      role="note"
      aria-label={t("tasks.warningLegend")}
      data-testid="warning-legend"
    >
      {WARNING_LEVELS.map((level) => (
        <span key={level} className="muted">
          <Tag
            color={WARNING_COLOR[level]}
            style={level === "yellow" ? WARNING_STYLE.yellow : undefined}
          >
            {t(`tasks.warning.${level}`)}
          </Tag>
          {t(`tasks.warningMeaning.${level}`)}
        </span>
      ))}
    </Flex>
  );
}
