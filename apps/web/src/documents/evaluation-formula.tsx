import type { EvaluationSettings } from "@cw/domain";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";

const MEASURES = ["onTime", "overdueDays", "returned", "escalated", "fieldRate"] as const;

/** The formula the server scored with, as the admin set it, and the minimum-sample rule. */
export function EvaluationFormula({
  settings,
  minTasks,
}: {
  settings: EvaluationSettings;
  minTasks: number;
}) {
  const { t } = useTranslation();
  const zeroAt = settings.zeroAt as Record<string, number>;
  return (
    <>
      <ul>
        {MEASURES.filter((m) => settings.weights[m] > 0).map((m) => (
          <li key={m}>
            {t(`evaluation.measure.${m}`, { zeroAt: zeroAt[m] })} × {settings.weights[m]}
          </li>
        ))}
      </ul>
      <Typography.Paragraph>{t("evaluation.rule")}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {t("evaluation.minSample", { count: minTasks })}
      </Typography.Paragraph>
    </>
  );
}
