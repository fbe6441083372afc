import { useQuery } from "@tanstack/react-query";
import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { TriageMetrics } from "../triage/triage-metrics.tsx";
import { ScoreItemChart, ScoreSectionChart } from "./score-bars.tsx";
import { ScoreHistoryChart } from "./score-history-chart.tsx";
import { ScoreTiles } from "./score-tiles.tsx";

/**
 * The overview's lazy part: the projected scores and, below them, the citizen reports' triage
 * tile (decision 0026) — lazy here so the overview's first load does not grow.
 */
export default function ScoreSection() {
  return (
    <>
      <ScoreCharts />
      <TriageMetrics quietWhenRefused />
    </>
  );
}

/**
 * Everything here comes computed from scores.overview and scores.history (ADR 0007); the
 * section only chooses which system's charts to show.
 */
function ScoreCharts() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const overview = useQuery(trpc.scores.overview.queryOptions());
  // The system shown is a filter like the others: in the URL, so the view can be bookmarked.
  const [params, setParams] = useSearchParams();
  const chosen = params.get("system");
  const setChosen = (systemId: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set("system", systemId);
        return next;
      },
      { replace: true },
    );
  const systems = overview.data?.systems ?? [];
  const current = systems.find((s) => s.system.id === chosen) ?? systems[0];
  const history = useQuery({
    ...trpc.scores.history.queryOptions({ systemId: current?.system.id ?? "" }),
    enabled: Boolean(current),
  });

  if (overview.isPending) return <Loading rows={4} />;
  if (overview.isError)
    return <LoadError compact error={overview.error} onRetry={() => void overview.refetch()} />;
  if (!current) return <NoData description={t("scores.noSystems")} />;

  return (
    <div className="score-section">
      <ScoreTiles data={overview.data} />
      <div style={{ margin: "16px 0 8px" }}>
        <Segmented
          aria-label={t("scores.chooseSystem")}
          value={current.system.id}
          onChange={(value) => setChosen(String(value))}
          options={systems.map((s) => ({ value: s.system.id, label: s.system.name }))}
        />
      </div>
      <div className="chart-grid">
        <div>
          <h3>{t("scores.bySection", { name: current.system.name })}</h3>
          <ScoreSectionChart systemId={current.system.id} sections={current.sections} />
        </div>
        <div>
          <h3>{t("scores.byItem", { name: current.system.name })}</h3>
          {current.items.length ? (
            <ScoreItemChart systemId={current.system.id} items={current.items} />
          ) : (
            <NoData />
          )}
        </div>
        <div style={{ gridColumn: "1 / -1" }}>
          <h3>{t("scores.history", { name: current.system.name })}</h3>
          {history.isPending && <Loading rows={3} />}
          {history.isError && (
            <LoadError compact error={history.error} onRetry={() => void history.refetch()} />
          )}
          {history.data &&
            (history.data.length ? (
              <ScoreHistoryChart points={history.data} target={current.target} />
            ) : (
              // A plain note: the Empty placeholder's grey text is below the contrast minimum.
              <p className="muted">{t("scores.noHistory")}</p>
            ))}
        </div>
      </div>
    </div>
  );
}
