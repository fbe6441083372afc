import { WARNING_LEVELS } from "@cw/domain";
import { useTranslation } from "react-i18next";
import "./task-tags.css";

/** What each warning colour means, beside the lists and boards that show them. */
export function WarningLegend() {
  const { t } = useTranslation();
  return (
    <div
      className="warning-legend"
      role="note"
      aria-label={t("tasks.warningLegend")}
      data-testid="warning-legend"
    >
      {WARNING_LEVELS.map((level) => (
        <span key={level} className="muted">
          <span className={`task-mark task-mark-${level}`}>{t(`tasks.warning.${level}`)}</span>
          {t(`tasks.warningMeaning.${level}`)}
        </span>
      ))}
    </div>
  );
}
