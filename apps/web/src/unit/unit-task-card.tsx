import type { TaskListItem } from "@cw/domain";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDate } from "../lib/format.ts";
import { TaskCard } from "../task-detail/task-card.tsx";

/** A unit's task as a card (TaskCard): where, by when, whose; opens the detail to act on it. */
export function UnitTaskCard({ task, onOpen }: { task: TaskListItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <TaskCard
      task={task}
      testId="unit-task"
      onOpen={onOpen}
      open={{
        text: t("unit.open"),
        label: t("unit.openTask", { code: task.code }),
        testId: "unit-open-task",
      }}
    >
      {task.siteName} ·{" "}
      {t("format.labelled", {
        label: t("tasks.deadline"),
        value: task.deadline ? formatDate(task.deadline, language) : "—",
      })}{" "}
      · {t("format.labelled", { label: t("tasks.owner"), value: "" })}
      <span data-testid="unit-task-owner">{task.ownerName ?? "—"}</span>
    </TaskCard>
  );
}
