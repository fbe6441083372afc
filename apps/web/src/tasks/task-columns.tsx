import type { TaskListItem } from "@cw/domain";
import { Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { TFunction } from "i18next";
import { Link } from "react-router";
import type { Language } from "../i18n/i18n.ts";
import { formatDate, formatDateTime } from "../lib/format.ts";
import { DeadlineCountdownText } from "../task-detail/deadline-countdown.tsx";
import { EscalationTag } from "../task-detail/escalation-tag.tsx";
import { StatusMark } from "../task-detail/task-tags.tsx";
import { taskListHref } from "./task-list-href.ts";

export function taskColumns(
  t: TFunction,
  language: Language,
  categoryName: (code: string) => string,
): ColumnsType<TaskListItem> {
  return [
    {
      title: t("tasks.code"),
      dataIndex: "code",
      width: 110,
      // The code opens the task's detail and history.
      render: (code: string, row) => (
        <Link to={`/tasks/${row.findingId}`}>
          <Typography.Text code>{code}</Typography.Text>
        </Link>
      ),
    },
    {
      title: t("tasks.description"),
      dataIndex: "description",
      ellipsis: true,
    },
    {
      title: t("tasks.site"),
      key: "site",
      render: (_, row) => (
        <>
          <div>{row.siteName}</div>
          <Typography.Text type="secondary">{row.siteTypeName}</Typography.Text>
        </>
      ),
    },
    {
      title: t("tasks.unit"),
      dataIndex: "unitName",
      render: (name: string | null) => <span data-testid="task-unit">{name ?? "—"}</span>,
    },
    {
      title: t("tasks.owner"),
      dataIndex: "ownerName",
      // The name filters the list to that owner's tasks.
      render: (name: string | null, row) =>
        row.ownerId ? (
          <Link to={taskListHref({ ownerId: row.ownerId })} data-testid="task-owner">
            {name}
          </Link>
        ) : (
          "—"
        ),
    },
    {
      title: t("tasks.category"),
      dataIndex: "category",
      render: (code: string) => categoryName(code),
    },
    {
      title: t("tasks.status"),
      key: "status",
      render: (_, row) => (
        <span className="task-tags">
          <StatusMark status={row.status} warning={row.warning} />
          <EscalationTag escalation={row.escalation} />
        </span>
      ),
    },
    {
      title: t("tasks.deadline"),
      key: "deadline",
      render: (_, row) => (
        <>
          {row.deadline ? formatDate(row.deadline, language) : "—"}{" "}
          {row.overdue && (
            <Tag color="red" data-testid="task-overdue">
              {t("tasks.overdue")}
            </Tag>
          )}
          <DeadlineCountdownText countdown={row.countdown} />
        </>
      ),
    },
    {
      title: t("tasks.foundAt"),
      dataIndex: "foundAt",
      render: (foundAt: Date) => formatDateTime(foundAt, language),
    },
  ];
}
