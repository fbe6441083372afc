import { useQuery } from "@tanstack/react-query";
import { Table, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatNumber } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import type { LosingStandard } from "./api-types.ts";
import { lossColor } from "./score-rows.ts";

/**
 * "Where do we lose the most points": the server's ranking (scores.losing), with the open
 * findings and overdue tasks behind each standard. tasks.list has no standard filter yet,
 * so the counts are shown as numbers rather than links to a list that would not match them.
 */
export function LosingList({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const losing = useQuery(trpc.scores.losing.queryOptions({ systemId, limit: 20 }));
  const n = (v: number) => formatNumber(v, language, 2);
  let body: React.ReactNode;
  if (losing.isPending) body = <Loading rows={6} />;
  else if (losing.isError)
    body = <LoadError compact error={losing.error} onRetry={() => void losing.refetch()} />;
  else if (losing.data.length === 0) body = <NoData description={t("assessment.nothingLost")} />;
  else
    body = (
      <Table<LosingStandard>
        size="small"
        rowKey="standardId"
        dataSource={losing.data}
        pagination={false}
        onRow={() => ({ "data-testid": "losing-row" }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t("assessment.standard"),
            key: "standard",
            render: (_, s) => (
              <span>
                <strong>{s.code}</strong> {s.text}
                {!s.measured && <Tag style={{ marginLeft: 6 }}>{t("assessment.unmeasured")}</Tag>}
                {s.negativeList && <Tag color="#b42318">{t("assessment.negativeList")}</Tag>}
              </span>
            ),
          },
          {
            title: t("assessment.points"),
            dataIndex: "points",
            align: "right",
            width: 80,
            render: n,
          },
          {
            title: t("scores.lost"),
            key: "lost",
            align: "right",
            width: 90,
            render: (_, s) => <Tag color={lossColor(s.points, s.lost)}>{n(s.lost)}</Tag>,
          },
          {
            title: t("assessment.openFindings"),
            dataIndex: "openFindings",
            align: "right",
            width: 100,
          },
          {
            title: t("assessment.overdueTasks"),
            dataIndex: "overdueTasks",
            align: "right",
            width: 100,
            render: (v: number) => (v > 0 ? <strong style={{ color: "#b42318" }}>{v}</strong> : v),
          },
        ]}
      />
    );
  return (
    <section aria-labelledby="losing-title" data-testid="losing-list" style={{ marginTop: 24 }}>
      <h2 id="losing-title">{t("assessment.losingTitle")}</h2>
      <p className="muted">{t("assessment.losingHint")}</p>
      {body}
    </section>
  );
}
