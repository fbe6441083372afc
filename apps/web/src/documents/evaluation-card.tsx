import type { EvaluationInput, UnitEvaluation } from "@cw/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, DatePicker, Space, Table, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { errorMessage } from "../lib/api-error.ts";
import { formatNumber, formatShare } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { downloadFile } from "./download-file.ts";
import { EvaluationFormula } from "./evaluation-formula.tsx";

const DATE = "YYYY-MM-DD";
type Unit = UnitEvaluation["units"][number];

/**
 * 结果考评: every unit's score for a period as the server computes it, the formula and the
 * minimum-sample rule next to the table, and the same table exported to Excel.
 */
export function EvaluationCard() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [period, setPeriod] = useState<[Dayjs, Dayjs] | null>(null);
  const input: EvaluationInput = period
    ? { from: period[0].format(DATE), to: period[1].format(DATE) }
    : {};
  const query = useQuery(trpc.evaluation.read.queryOptions(input));
  const exporter = useMutation(trpc.evaluation.export.mutationOptions());

  async function exportXlsx() {
    try {
      const made = await exporter.mutateAsync(input);
      await downloadFile(made.url, () => {});
      void message.success(t("documents.generated", { fileName: made.fileName }));
      await queryClient.invalidateQueries({ queryKey: trpc.documents.pathKey() });
    } catch (error) {
      void message.error(errorMessage(error));
    }
  }

  const pct = (v: number | null) => formatShare(v, language);
  return (
    <Card title={t("evaluation.title")} size="small" style={{ marginTop: 16 }}>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          aria-label={t("evaluation.period")}
          value={period}
          onChange={(v) => setPeriod(v?.[0] && v[1] ? [v[0], v[1]] : null)}
        />
        <Button
          loading={exporter.isPending}
          disabled={!query.data}
          onClick={() => void exportXlsx()}
        >
          {t("evaluation.export")}
        </Button>
      </Space>
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="evaluation-layout" style={{ display: "flex", gap: 16, flexWrap: "wrap" }}>
          <Table<Unit>
            style={{ flex: "3 1 560px" }}
            rowKey="unitId"
            size="middle"
            loading={query.isPending}
            dataSource={query.data?.units ?? []}
            pagination={false}
            locale={{ emptyText: <NoData description={t("evaluation.empty")} /> }}
            columns={[
              {
                title: t("evaluation.col.rank"),
                dataIndex: "rank",
                render: (r: number | null) => r ?? t("evaluation.notRanked"),
              },
              { title: t("evaluation.col.unit"), dataIndex: "unitName" },
              { title: t("evaluation.col.tasks"), dataIndex: "tasks" },
              {
                title: t("evaluation.col.onTime"),
                key: "onTime",
                render: (_, u) => pct(u.measures.onTime),
              },
              { title: t("evaluation.col.overdueDays"), dataIndex: "overdueDays" },
              { title: t("evaluation.col.returned"), dataIndex: "returned" },
              { title: t("evaluation.col.escalated"), dataIndex: "escalated" },
              {
                title: t("evaluation.col.fieldRate"),
                key: "field",
                render: (_, u) => pct(u.fieldRate),
              },
              {
                title: t("evaluation.col.score"),
                dataIndex: "score",
                render: (s: number | null) => (s === null ? "—" : formatNumber(s, language, 1)),
              },
            ]}
          />
          {query.data && (
            <aside style={{ flex: "1 1 240px" }} aria-label={t("evaluation.formula")}>
              <Typography.Title level={3}>{t("evaluation.formula")}</Typography.Title>
              <EvaluationFormula settings={query.data.settings} minTasks={query.data.minTasks} />
            </aside>
          )}
        </div>
      )}
    </Card>
  );
}
