import type { TaskDetail } from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import { Descriptions } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDate, formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";

/** The finding and where its task stands: what, where, who, by when. */
export function TaskInfo({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const categories = useQuery(trpc.categories.list.queryOptions({}));
  const category = categories.data?.find((c) => c.code === task.category);
  const when = (d: Date | null) => (d ? formatDateTime(d, language) : "—");
  const items = [
    { key: "description", label: t("tasks.description"), children: task.description, span: 2 },
    {
      key: "site",
      label: t("tasks.site"),
      children: t("format.withNote", { text: task.site.name, note: task.site.siteTypeName }),
    },
    ...(task.standard
      ? [
          {
            key: "standard",
            label: t("taskDetail.standard"),
            span: 2,
            children: (
              <span data-testid="detail-standard">
                {t("format.withNote", { text: task.standard.code, note: task.standard.text })}
              </span>
            ),
          },
        ]
      : []),
    { key: "address", label: t("taskDetail.address"), children: task.site.address || "—" },
    {
      key: "category",
      label: t("tasks.category"),
      children: category ? (language === "en" ? category.nameEn : category.name) : task.category,
    },
    {
      key: "severity",
      label: t("taskDetail.severity"),
      children: t(`taskDetail.severityValue.${task.severity}`),
    },
    {
      key: "source",
      label: t("taskDetail.source"),
      children: t(`taskDetail.sourceValue.${task.source}`),
    },
    { key: "foundAt", label: t("tasks.foundAt"), children: when(task.foundAt) },
    {
      key: "unit",
      label: t("tasks.unit"),
      children: <span data-testid="detail-unit">{task.unit?.name ?? "—"}</span>,
    },
    {
      key: "owner",
      label: t("tasks.owner"),
      children: <span data-testid="detail-owner">{task.owner?.name ?? "—"}</span>,
    },
    {
      key: "deadline",
      label: t("tasks.deadline"),
      children: (
        <span data-testid="detail-deadline">
          {task.deadline ? formatDate(task.deadline, language) : "—"}
        </span>
      ),
    },
    { key: "assignedAt", label: t("taskDetail.assignedAt"), children: when(task.assignedAt) },
    { key: "claimedAt", label: t("taskDetail.claimedAt"), children: when(task.claimedAt) },
    { key: "submittedAt", label: t("taskDetail.submittedAt"), children: when(task.submittedAt) },
    { key: "closedAt", label: t("taskDetail.closedAt"), children: when(task.closedAt) },
  ];
  return <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} items={items} />;
}
