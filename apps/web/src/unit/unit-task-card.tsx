import type { TaskListItem } from "@cw/domain";
import { Button, Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDate } from "../lib/format.ts";
import { TaskTags } from "../task-detail/task-tags.tsx";

/** One task as a card: fits a phone, opens the detail where the unit acts on it. */
export function UnitTaskCard({ task, onOpen }: { task: TaskListItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Card
      size="small"
      data-testid="unit-task"
      data-finding-id={task.findingId}
      data-code={task.code}
      title={
        <Flex wrap gap="small" align="center">
          <Typography.Text code>{task.code}</Typography.Text>
          <TaskTags
            status={task.status}
            warning={task.warning}
            countdown={task.countdown}
            escalation={task.escalation}
          />
        </Flex>
      }
    >
      {/* Two lines at most, clipped by CSS (unit.css): antd's measured ellipsis re-rendered
          every card on a phone's first view (issue 15). */}
      <p className="unit-desc" title={task.description}>
        {task.description}
      </p>
      <span className="muted">
        {task.siteName} ·{" "}
        {t("format.labelled", {
          label: t("tasks.deadline"),
          value: task.deadline ? formatDate(task.deadline, language) : "—",
        })}{" "}
        · {t("format.labelled", { label: t("tasks.owner"), value: "" })}
        <span data-testid="unit-task-owner">{task.ownerName ?? "—"}</span>
      </span>
      <Flex justify="end" className="td-gap">
        <Button
          type="primary"
          onClick={onOpen}
          aria-label={t("unit.openTask", { code: task.code })}
          data-testid="unit-open-task"
        >
          {t("unit.open")}
        </Button>
      </Flex>
    </Card>
  );
}
