import type { TriageReport } from "@cw/domain";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Empty, Segmented, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { TriageCard } from "./triage-card.tsx";
import { TriageMetrics, UnitSatisfaction } from "./triage-metrics.tsx";
import "./triage.css";

const STATUSES = ["received", "accepted", "merged", "rejected"] as const;

/**
 * 随手拍 and 12345 triage (lazy route /triage, decision 0026): the reports waiting, oldest
 * first, each with its photos, place, and the open findings nearby to merge into; accept,
 * reject with a reason, merge, block the device or number.
 */
export default function TriagePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<TriageReport["status"]>("received");
  return (
    <main className="page">
      <header className="page-header">
        <Typography.Title level={1}>{t("triage.title")}</Typography.Title>
        <p className="muted">{t("triage.subtitle")}</p>
      </header>
      <TriageMetrics />
      <Segmented
        value={status}
        onChange={(v) => setStatus(v as TriageReport["status"])}
        options={STATUSES.map((s) => ({ value: s, label: t(`triage.status.${s}`) }))}
        data-testid="triage-status"
      />
      <TriageList status={status} />
      <UnitSatisfaction />
    </main>
  );
}

function TriageList({ status }: { status: TriageReport["status"] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queue = useInfiniteQuery(
    trpc.triage.queue.infiniteQueryOptions(
      { status, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.triage.pathKey() });
  };
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <LoadError error={queue.error} onRetry={() => void queue.refetch()} />;
  const items = queue.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <Empty description={t("triage.empty")} />;
  return (
    <div className="triage-list" data-testid="triage-list">
      {items.map((report) => (
        <TriageCard key={report.id} report={report} onDone={refresh} />
      ))}
      {queue.hasNextPage && (
        <Button onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
          {t("triage.more")}
        </Button>
      )}
    </div>
  );
}
