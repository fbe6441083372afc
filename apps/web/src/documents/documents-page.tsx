import type { GeneratedDocumentRow } from "@cw/domain";
import { useQuery } from "@tanstack/react-query";
import { App, Button, Card, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime, formatNumber } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useCurrentUser } from "../task-detail/use-current-user.ts";
import { downloadFile } from "./download-file.ts";
import { EvaluationCard } from "./evaluation-card.tsx";
import { NoticeForm } from "./notice-form.tsx";

/** The roles the API lets generate a 督查通报 (documents.supervisionNotice). */
const NOTICE_ROLES = ["coordinator", "admin"];
/** The roles the API lets read the unit evaluation (evaluation.read). */
const EVALUATION_ROLES = ["leader", "coordinator", "admin"];

/** Documents: generate a 督查通报, and every document generated — who, what, when — again. */
export default function DocumentsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const list = useQuery(trpc.documents.list.queryOptions({ limit: 100 }));

  const download = (doc: GeneratedDocumentRow) =>
    downloadFile(doc.url, () => {}).catch((e: Error) => void message.error(e.message));

  return (
    <main className="page">
      <header className="page-header">
        <Typography.Title level={1}>{t("documents.title")}</Typography.Title>
      </header>
      {user && NOTICE_ROLES.includes(user.role) && <NoticeForm />}
      {user && EVALUATION_ROLES.includes(user.role) && <EvaluationCard />}
      <Card title={t("documents.list")} size="small" style={{ marginTop: 16 }}>
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <Table<GeneratedDocumentRow>
            rowKey="id"
            size="middle"
            loading={list.isPending}
            dataSource={list.data?.items ?? []}
            pagination={false}
            locale={{ emptyText: <NoData description={t("documents.empty")} /> }}
            columns={[
              { title: t("documents.col.title"), dataIndex: "title" },
              {
                title: t("documents.col.kind"),
                dataIndex: "kind",
                render: (kind: string) => t(`documents.kind.${kind}`),
              },
              {
                title: t("documents.col.by"),
                dataIndex: "createdByName",
                render: (v) => v ?? t("documents.system"),
              },
              {
                title: t("documents.col.at"),
                dataIndex: "createdAt",
                render: (at: Date) => formatDateTime(at, language),
              },
              {
                title: t("documents.col.rows"),
                dataIndex: "rowCount",
                render: (n: number) => formatNumber(n, language),
              },
              {
                title: "",
                key: "download",
                render: (_, doc) => (
                  <Button size="small" onClick={() => void download(doc)}>
                    {t("documents.download")}
                  </Button>
                ),
              },
            ]}
          />
        )}
      </Card>
    </main>
  );
}
