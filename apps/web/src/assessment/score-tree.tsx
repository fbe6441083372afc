import { useQuery } from "@tanstack/react-query";
import { Table, Tag } from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatNumber, formatShare } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { buildScoreRows, lossColor, pathTo, type ScoreRow } from "./score-rows.ts";

/** The system's tree with points, earned and lost per branch, coloured by the share lost. */
export function ScoreTree({
  systemId,
  focusNodeId,
}: {
  systemId: string;
  focusNodeId: string | null;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const tree = useQuery(
    trpc.assessmentSystems.tree.queryOptions({ systemId, includeRetired: false }),
  );
  const projected = useQuery(trpc.scores.projected.queryOptions({ systemId }));
  const rows = useMemo(
    () => (tree.data && projected.data ? buildScoreRows(tree.data, projected.data) : []),
    [tree.data, projected.data],
  );
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  // A link from the overview's item chart opens the branch it names.
  useEffect(() => {
    const path = focusNodeId ? pathTo(rows, focusNodeId) : null;
    setExpanded(path ?? rows.map((r) => r.key));
  }, [rows, focusNodeId]);

  const failed = tree.isError ? tree : projected.isError ? projected : null;
  if (failed)
    return <LoadError compact error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!tree.data || !projected.data) return <Loading rows={8} />;
  const score = projected.data;
  const n = (v: number) => formatNumber(v, language, 2);

  return (
    <section aria-labelledby="score-tree-title" data-testid="score-tree">
      <h2 id="score-tree-title">
        {t("assessment.treeTitle", { total: n(score.total), target: n(score.target) })}
      </h2>
      {score.negativeListDeduction > 0 && (
        <p className="muted">
          {t("assessment.negativeDeduction", { points: n(score.negativeListDeduction) })}
        </p>
      )}
      {rows.length === 0 ? (
        <NoData description={t("assessment.emptyTree")} />
      ) : (
        <Table<ScoreRow>
          size="small"
          rowKey="key"
          dataSource={rows}
          pagination={false}
          expandable={{ expandedRowKeys: expanded, onExpandedRowsChange: setExpanded }}
          rowClassName={(row) => (row.key === focusNodeId ? "ant-table-row-selected" : "")}
          columns={[
            {
              title: t("assessment.entry"),
              key: "title",
              render: (_, row) => (
                <span data-testid={`tree-row-${row.kind}`}>
                  <strong>{row.code}</strong> {row.title}
                  {row.negativeList && (
                    <Tag color="#b42318" style={{ marginLeft: 6 }}>
                      {t("assessment.negativeList")}
                    </Tag>
                  )}
                  {row.measured === false && (
                    <Tag style={{ marginLeft: 6 }}>{t("assessment.unmeasured")}</Tag>
                  )}
                </span>
              ),
            },
            {
              title: t("assessment.points"),
              dataIndex: "points",
              align: "right",
              width: 90,
              render: n,
            },
            {
              title: t("scores.earned"),
              dataIndex: "earned",
              align: "right",
              width: 90,
              render: n,
            },
            {
              title: t("scores.lost"),
              key: "lost",
              align: "right",
              width: 150,
              render: (_, row) => (
                <Tag color={lossColor(row.points, row.lost)} data-testid="points-lost">
                  {n(row.lost)} (
                  {formatShare(row.points > 0 ? row.lost / row.points : null, language)})
                </Tag>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}
