import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { LoadError, Loading } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { AgingChart } from "./aging-chart.tsx";
import { BreakdownChart } from "./breakdown-chart.tsx";
import { ChartCard } from "./chart-card.tsx";
import { OverviewFilters } from "./overview-filters.tsx";
import { prefetchOverview } from "./overview-prefetch.ts";
import { ScoreSlot } from "./score-slot.tsx";
import { StatTiles } from "./stat-tiles.tsx";
import { UnitRankingChart } from "./unit-ranking-chart.tsx";
import { useOverviewFilters } from "./use-overview-filters.ts";
import { WeeklyChart } from "./weekly-chart.tsx";

/**
 * The leader overview: every number comes aggregated from the server (overview.* procedures,
 * one batched request); this page lays them out and links each bar to its task list.
 */
export default function OverviewPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const [filters, setFilters] = useOverviewFilters();
  // Arriving from another screen: the score section's code and data with the charts' batch
  // (on a first load main.tsx has already asked; the cache answers these).
  const queryClient = useQueryClient();
  const [search] = useSearchParams();
  useState(() => prefetchOverview(queryClient, trpc, search));
  const tiles = useQuery(trpc.overview.tiles.queryOptions(filters));
  const weekly = useQuery(trpc.overview.weekly.queryOptions(filters));
  const aging = useQuery(trpc.overview.aging.queryOptions(filters));
  const units = useQuery(trpc.overview.units.queryOptions(filters));
  const breakdown = useQuery(trpc.overview.breakdown.queryOptions(filters));

  return (
    <main className="page">
      <header className="page-header">
        <h1>
          {t("app.city")} · {t("overview.title")}
        </h1>
        {tiles.data && (
          <p className="muted">
            {t("overview.asOf", { time: formatDateTime(tiles.data.asOf, language) })} ·{" "}
            {t("overview.drillHint")}
          </p>
        )}
      </header>
      <OverviewFilters filters={filters} onChange={setFilters} />
      {tiles.isPending && <Loading rows={2} />}
      {tiles.isError && <LoadError error={tiles.error} onRetry={() => void tiles.refetch()} />}
      {tiles.data && <StatTiles tiles={tiles.data} filters={filters} />}

      <div className="chart-grid">
        <ChartCard
          title={t("overview.weekly")}
          query={weekly}
          isEmpty={(d) => d.weeks.every((w) => w.opened === 0 && w.closed === 0)}
        >
          {(d) => <WeeklyChart flow={d} filters={filters} />}
        </ChartCard>
        <ChartCard
          title={t("overview.aging")}
          query={aging}
          isEmpty={(d) => d.buckets.every((b) => b.count === 0)}
        >
          {(d) => <AgingChart aging={d} filters={filters} />}
        </ChartCard>
        <ChartCard
          title={t("overview.unitsOnTime")}
          query={units}
          isEmpty={(d) => d.byOnTime.length === 0}
          extra={units.data && t("overview.minTasksNote", { count: units.data.minTasks })}
        >
          {(d) => <UnitRankingChart units={d.byOnTime} mode="onTime" filters={filters} />}
        </ChartCard>
        <ChartCard
          title={t("overview.unitsOverdue")}
          query={units}
          isEmpty={(d) => d.byOverdue.length === 0}
        >
          {(d) => <UnitRankingChart units={d.byOverdue} mode="overdue" filters={filters} />}
        </ChartCard>
        <ChartCard
          title={t("overview.bySiteType")}
          query={breakdown}
          isEmpty={(d) => d.bySiteType.length === 0}
        >
          {(d) => (
            <BreakdownChart
              testId="chart-open-by-site-type"
              filters={filters}
              rows={d.bySiteType.map((r) => ({ ...r, key: r.id, filter: { siteTypeId: r.id } }))}
            />
          )}
        </ChartCard>
        <ChartCard
          title={t("overview.byCategory")}
          query={breakdown}
          isEmpty={(d) => d.byCategory.length === 0}
        >
          {(d) => (
            <BreakdownChart
              testId="chart-open-by-category"
              filters={filters}
              rows={d.byCategory.map((r) => ({
                key: r.code,
                name: language === "en" ? r.nameEn : r.name,
                open: r.open,
                overdue: r.overdue,
                filter: { category: r.code },
              }))}
            />
          )}
        </ChartCard>
        {/* SLOT: projected score per system, by section and item, and score history. */}
        <ScoreSlot />
      </div>
    </main>
  );
}
