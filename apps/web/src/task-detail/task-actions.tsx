import type { TaskDetail, WorkflowAction } from "@cw/domain";
import { Button, Flex } from "antd";
import { useTranslation } from "react-i18next";
import type { TaskFormKind } from "./task-form-kinds.ts";

// The main step of each state stands out; the others are plain buttons.
const PRIMARY: ReadonlySet<WorkflowAction> = new Set([
  "dispatch",
  "claim",
  "submit",
  "close",
  "resume",
]);

/**
 * Buttons for exactly the actions the server says this user may take now
 * (`availableActions`), plus the edits that are not workflow steps (`availableEdits`): a
 * coordinator's deadline and escalation, a unit officer's progress note.
 */
export function TaskActions({
  task,
  onOpen,
}: {
  task: TaskDetail;
  onOpen: (kind: TaskFormKind) => void;
}) {
  const { t } = useTranslation();
  const actions = task.availableActions;
  // Which edits are possible is the server's answer (the domain's availableEdits), not a rule here.
  const coordinatorEdits =
    task.availableEdits.includes("set_deadline") || task.availableEdits.includes("escalate");
  const canReport = task.availableEdits.includes("post_progress");
  if (actions.length === 0 && !coordinatorEdits && !canReport) return null;
  return (
    <Flex wrap gap="small" role="group" aria-label={t("taskDetail.actions")}>
      {actions.map((action) => (
        <Button
          key={action}
          type={PRIMARY.has(action) ? "primary" : "default"}
          onClick={() =>
            onOpen({ type: "transition", action, needs: task.actionNeeds[action] ?? [] })
          }
          data-testid={`action-${action}`}
        >
          {t(`taskDetail.action.${action}`)}
        </Button>
      ))}
      {canReport && (
        <Button onClick={() => onOpen({ type: "progress" })} data-testid="action-progress">
          {t("taskDetail.progress")}
        </Button>
      )}
      {coordinatorEdits && (
        <>
          <Button onClick={() => onOpen({ type: "setDeadline" })} data-testid="action-deadline">
            {t("taskDetail.setDeadline")}
          </Button>
          <Button onClick={() => onOpen({ type: "escalate" })} data-testid="action-escalate">
            {t("taskDetail.escalate")}
          </Button>
        </>
      )}
    </Flex>
  );
}
