import type { DeadlineCountdown } from "@cw/domain";
import { useTranslation } from "react-i18next";

/** 逾期 N 个工作日 / 今天到期 / 剩 N 个工作日, as the server counted it. */
export function DeadlineCountdownText({ countdown }: { countdown: DeadlineCountdown | null }) {
  const { t } = useTranslation();
  if (!countdown) return null;
  const key = countdown.kind === "due_today" ? "due_today" : `${countdown.kind}_${countdown.unit}`;
  return (
    // Colours of at least 4.5:1 on white (antd's danger red is 3.9:1).
    <span
      className={`deadline-countdown countdown-${countdown.kind}`}
      data-testid="deadline-countdown"
    >
      {t(`tasks.countdown.${key}`, { count: countdown.count })}
    </span>
  );
}
