import type { VerificationQueueItem } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { TaskCard } from "../task-detail/task-card.tsx";

/** One fix awaiting verification (TaskCard): where, how far, since when; opens it to verify. */
export function VerifyCard({ task, onOpen }: { task: VerificationQueueItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const distance =
    task.distanceMeters === null
      ? null
      : task.distanceMeters < 1000
        ? t("verify.metres", { n: task.distanceMeters })
        : t("verify.kilometres", { n: (task.distanceMeters / 1000).toFixed(1) });
  return (
    <TaskCard
      task={task}
      testId="verify-task"
      onOpen={onOpen}
      open={{
        text: t("verify.open"),
        label: t("verify.openTask", { code: task.code }),
        testId: "verify-open-task",
      }}
    >
      {task.siteName}
      {task.unitName && ` · ${task.unitName}`}
      {distance && (
        <>
          {" · "}
          <span data-testid="verify-distance">{distance}</span>
        </>
      )}
      {task.submittedAt &&
        ` · ${t("format.labelled", {
          label: t("verify.submittedAt"),
          value: formatDateTime(task.submittedAt, language),
        })}`}
    </TaskCard>
  );
}
