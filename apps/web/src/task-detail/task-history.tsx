import { useQuery } from "@tanstack/react-query";
import { Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ScrollRegion } from "./scroll-region.tsx";

/** A snapshot's status, if the audit row carries one (task snapshots do; appends do not). */
function statusOf(snapshot: unknown): string | null {
  if (snapshot && typeof snapshot === "object" && "status" in snapshot) {
    const status = (snapshot as { status: unknown }).status;
    return typeof status === "string" ? status : null;
  }
  return null;
}

/** The audit trail of the task, oldest first: who, when, what, why, and the status change. */
export function TaskHistory({ findingId }: { findingId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const history = useQuery(trpc.tasks.history.queryOptions({ findingId }));
  const statusText = (s: string | null) => (s ? t(`status.${s}`, { defaultValue: s }) : "");

  return (
    <section aria-labelledby="td-history" data-testid="detail-history">
      <Typography.Title level={3} id="td-history" className="td-h">
        {t("taskDetail.history")}
      </Typography.Title>
      {history.isError ? (
        <LoadError compact error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <ScrollRegion label={t("taskDetail.history")} minWidth={640}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            loading={history.isPending}
            dataSource={history.data ?? []}
            locale={{ emptyText: <NoData description={t("common.empty")} /> }}
            columns={[
              {
                title: t("taskDetail.when"),
                dataIndex: "at",
                render: (at: Date) => formatDateTime(at, language),
              },
              {
                title: t("taskDetail.who"),
                dataIndex: "actorName",
                render: (name: string | null) => name ?? t("taskDetail.system"),
              },
              {
                title: t("taskDetail.what"),
                dataIndex: "action",
                render: (action: string) =>
                  t(`taskDetail.auditAction.${action}`, { defaultValue: action }),
              },
              {
                title: t("taskDetail.statusChange"),
                key: "status",
                render: (_, row) => {
                  const before = statusOf(row.before);
                  const after = statusOf(row.after);
                  if (!before && !after) return "—";
                  if (before === after) return statusText(after);
                  return `${statusText(before) || "—"} → ${statusText(after) || "—"}`;
                },
              },
              {
                title: t("taskDetail.reason"),
                dataIndex: "reason",
                render: (reason: string | null) => reason ?? "—",
              },
            ]}
          />
        </ScrollRegion>
      )}
    </section>
  );
}
