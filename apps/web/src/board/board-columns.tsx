import type { TaskListItem } from "@cw/domain";
import type { TFunction } from "i18next";
import { PlainButton } from "../components/plain-controls.tsx";
import type { PlainColumn } from "../components/plain-table.tsx";
import type { Language } from "../i18n/i18n.ts";
import { formatDate } from "../lib/format.ts";
import { TaskTags } from "../task-detail/task-tags.tsx";

/** The board's columns; the code opens the task's detail (a button, so keyboard users reach it). */
export function boardColumns(
  t: TFunction,
  language: Language,
  open: (row: TaskListItem) => void,
): PlainColumn<TaskListItem>[] {
  return [
    {
      key: "code",
      title: t("tasks.code"),
      // Codes of findings logged in the field are long ("F20261128-5A4F7C").
      width: 190,
      render: (row) => (
        // A plain button, not a link-style one: antd's link blue is below 4.5:1 on white.
        <PlainButton
          small
          onClick={() => open(row)}
          aria-label={t("board.openTask", { code: row.code })}
          data-testid="open-task"
        >
          {row.code}
        </PlainButton>
      ),
    },
    { key: "description", title: t("tasks.description"), ellipsis: (row) => row.description },
    {
      key: "site",
      title: t("tasks.site"),
      render: (row) => (
        <>
          <div>{row.siteName}</div>
          <span className="muted">{row.siteTypeName}</span>
        </>
      ),
    },
    { key: "unit", title: t("tasks.unit"), render: (row) => row.unitName ?? "—" },
    { key: "owner", title: t("tasks.owner"), render: (row) => row.ownerName ?? "—" },
    {
      key: "status",
      title: t("tasks.status"),
      render: (row) => (
        <TaskTags
          status={row.status}
          warning={row.warning}
          countdown={row.countdown}
          escalation={row.escalation}
        />
      ),
    },
    {
      key: "deadline",
      title: t("tasks.deadline"),
      width: 130,
      render: (row) => (row.deadline ? formatDate(row.deadline, language) : "—"),
    },
  ];
}
