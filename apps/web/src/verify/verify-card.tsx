import type { VerificationQueueItem } from "@cw/domain";
import { Button, Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { TaskTags } from "../task-detail/task-tags.tsx";

/** One fix awaiting verification: where, how far, since when; opens the task to verify it. */
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
    <Card
      size="small"
      data-testid="verify-task"
      data-finding-id={task.findingId}
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
      {/* Two lines at most, clipped by CSS as on the unit's cards (unit.css). */}
      <p className="unit-desc" title={task.description}>
        {task.description}
      </p>
      <span className="muted">
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
      </span>
      <Flex justify="end" className="td-gap">
        <Button
          type="primary"
          onClick={onOpen}
          aria-label={t("verify.openTask", { code: task.code })}
          data-testid="verify-open-task"
        >
          {t("verify.open")}
        </Button>
      </Flex>
    </Card>
  );
}
