import { Button, Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ChecklistItemView, CheckResult } from "./checklist-types.ts";

const RESULTS: CheckResult[] = ["pass", "fail", "not_applicable"];

/** One standard with its three answers, each one tap; the current answer is pressed. */
export function ChecklistItem({
  item,
  current,
  waiting,
  onAnswer,
}: {
  item: ChecklistItemView;
  current: CheckResult | undefined;
  waiting: boolean;
  onAnswer: (result: CheckResult) => void;
}) {
  const { t } = useTranslation();
  const titleId = `check-${item.standardId}`;
  return (
    <li className="inspect-check" data-testid="check-item" data-result={current ?? ""}>
      <p id={titleId} className="inspect-check-text">
        <strong>{item.code}</strong> {item.text}
      </p>
      <p className="inspect-site-meta">
        {item.systemName} · {t("inspect.points", { points: item.points })}
        {waiting && (
          <Tag color="orange" className="inspect-tag">
            {t("inspect.waitingTag")}
          </Tag>
        )}
      </p>
      <fieldset className="inspect-answers" aria-labelledby={titleId}>
        {RESULTS.map((result) => (
          <Button
            key={result}
            size="large"
            aria-pressed={current === result}
            type={current === result ? "primary" : "default"}
            onClick={() => onAnswer(result)}
          >
            {t(`inspect.result.${result}`)}
          </Button>
        ))}
      </fieldset>
    </li>
  );
}
