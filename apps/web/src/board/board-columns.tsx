import type { TaskListItem } from "@cw/domain";
import { Button } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { TFunction } from "i18next";
import type { Language } from "../i18n/i18n.ts";
import { formatDate } from "../lib/format.ts";
import { TaskTags } from "../task-detail/task-tags.tsx";

/** The board's columns; the code opens the task's detail (a button, so keyboard users reach it). */
export function boardColumns(
  t: TFunction,
  language: Language,
  open: (row: TaskListItem) => void,
): ColumnsType<TaskListItem> {
  return [
    {
      title: t("tasks.code"),
      dataIndex: "code",
      // Codes of findings logged in the field are long ("F20261128-5A4F7C").
      width: 190,
      render: (code: string, row) => (
        // A plain button, not a link-style one: antd's link blue is below 4.5:1 on white.
        <Button
          size="small"
          onClick={() => open(row)}
          aria-label={t("board.openTask", { code })}
          data-testid="open-task"
        >
          {code}
        </Button>
      ),
    },
    { title: t("tasks.description"), dataIndex: "description", ellipsis: true },
    {
      title: t("tasks.site"),
      key: "site",
      render: (_, row) => (
        <>
          <div>{row.siteName}</div>
          <span className="muted">{row.siteTypeName}</span>
        </>
      ),
    },
    {
      title: t("tasks.unit"),
      dataIndex: "unitName",
      render: (name: string | null) => name ?? "—",
    },
    {
      title: t("tasks.owner"),
      dataIndex: "ownerName",
      render: (name: string | null) => name ?? "—",
    },
    {
      title: t("tasks.status"),
      key: "status",
      render: (_, row) => (
        <TaskTags
          status={row.status}
          warning={row.warning}
          countdown={row.countdown}
          escalation={row.escalation}
        />
      ),
    },
    {
      title: t("tasks.deadline"),
      dataIndex: "deadline",
      width: 130,
      render: (deadline: string | null) => (deadline ? formatDate(deadline, language) : "—"),
    },
  ];
}
