import type { DeadlineCountdown, EscalationMark, FindingStatus, WarningLevel } from "@cw/domain";
import type { ReactNode } from "react";
import { PlainButton } from "../components/plain-controls.tsx";
import { TaskTags } from "./task-tags.tsx";
import "./task-card.css";

/** What a card shows of any task: the unit's list item or the verification queue's. */
export interface CardTask {
  findingId: string;
  code: string;
  description: string;
  status: FindingStatus;
  warning: WarningLevel | null;
  countdown: DeadlineCountdown | null;
  escalation: EscalationMark | null;
}

/**
 * One task as a card that fits a phone: its code and marks, its description in two lines, the
 * view's own line of facts (`children`), and the button that opens it. Plain markup drawn as
 * antd's small Card, code Text and Tags (task-card.css) with the plain primary Button: antd's
 * style computation for those was most of /unit's first render on a phone (issue 15). The unit
 * view, the phone's task list and the verification queue all draw their tasks with it.
 */
export function TaskCard({
  task,
  testId,
  onOpen,
  open,
  children,
}: {
  task: CardTask;
  testId: string;
  onOpen: () => void;
  /** The button's words, its label for screen readers (naming the task) and its test id. */
  open: { text: string; label: string; testId: string };
  children: ReactNode;
}) {
  return (
    <div
      className="task-card"
      data-testid={testId}
      data-finding-id={task.findingId}
      data-code={task.code}
    >
      <div className="task-card-head">
        <code>{task.code}</code>
        <TaskTags
          status={task.status}
          warning={task.warning}
          countdown={task.countdown}
          escalation={task.escalation}
        />
      </div>
      <div className="task-card-body">
        <p className="task-card-desc" title={task.description}>
          {task.description}
        </p>
        <span className="muted">{children}</span>
        <div className="task-card-actions">
          <PlainButton
            kind="primary"
            onClick={onOpen}
            aria-label={open.label}
            data-testid={open.testId}
          >
            {open.text}
          </PlainButton>
        </div>
      </div>
    </div>
  );
}
