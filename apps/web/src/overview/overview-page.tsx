import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "../lib/trpc.ts";
import { messages as t } from "../messages.ts";
import { OpenBySiteTypeChart } from "./open-by-site-type-chart.tsx";
import { StatTile } from "./stat-tile.tsx";

const dateTime = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  dateStyle: "medium",
  timeStyle: "short",
});

export function OverviewPage() {
  const trpc = useTRPC();
  const summary = useQuery(trpc.overview.summary.queryOptions());

  return (
    <main className="page">
      <header className="page-header">
        <h1>
          {t.city} · {t.overviewTitle}
        </h1>
        {summary.data && (
          <p className="muted">
            {t.asOf}：{dateTime.format(summary.data.asOf)}
          </p>
        )}
      </header>
      {summary.isPending && <p role="status">{t.loading}</p>}
      {summary.isError && (
        <div role="alert" className="error">
          {t.loadFailed}{" "}
          <button type="button" onClick={() => summary.refetch()}>
            {t.retry}
          </button>
        </div>
      )}
      {summary.data && (
        <>
          <section className="tiles" aria-label={t.overviewTitle}>
            <StatTile label={t.sites} value={summary.data.siteCount} testId="tile-sites" />
            <StatTile label={t.openFindings} value={summary.data.openFindings} testId="tile-open" />
            <StatTile
              label={t.overdueFindings}
              value={summary.data.overdueFindings}
              tone="danger"
              testId="tile-overdue"
            />
          </section>
          <section className="card" aria-labelledby="by-site-type">
            <h2 id="by-site-type">{t.openBySiteType}</h2>
            {summary.data.openBySiteType.length === 0 ? (
              <p className="muted">{t.empty}</p>
            ) : (
              <OpenBySiteTypeChart rows={summary.data.openBySiteType} />
            )}
          </section>
        </>
      )}
    </main>
  );
}
