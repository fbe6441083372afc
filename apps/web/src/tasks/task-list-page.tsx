import { type TaskListItem, taskSearchQuery } from "@cw/domain";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Button, Card, Flex, Grid, Table, Typography } from "antd";
import type { HTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatNumber } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { WarningLegend } from "../task-detail/warning-legend.tsx";
import { UnitTaskCard } from "../unit/unit-task-card.tsx";
import { ExportButton } from "./export-button.tsx";
import { FilterTags } from "./filter-tags.tsx";
import { SavedViews } from "./saved-views.tsx";
import { taskColumns } from "./task-columns.tsx";
import { readTaskListFilters, readTaskSort } from "./task-list-url.ts";
import { TaskSearchBar } from "./task-search-bar.tsx";

const PAGE = 50;

/** Tasks matching the URL's filters (the list behind every overview bar), 50 at a time. */
export default function TaskListPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  // On a phone the eight-column table becomes cards, as on the unit view.
  const phone = Grid.useBreakpoint().md === false;
  const filters = readTaskListFilters(params);
  const picked = readTaskSort(params);
  // Unless the URL names an order: overdue work most-overdue first, anything else newest first.
  const sort = picked ?? (filters.timing === "overdue" ? "due_asc" : "found_desc");
  const list = useInfiniteQuery(
    trpc.tasks.list.infiniteQueryOptions(
      { ...filters, sort, limit: PAGE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const count = useQuery(trpc.tasks.count.queryOptions(filters));
  const categories = useQuery(trpc.categories.list.queryOptions({}));
  const categoryName = (code: string) => {
    const c = categories.data?.find((x) => x.code === code);
    return c ? (language === "en" ? c.nameEn : c.name) : code;
  };
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const remove = (key: string) => {
    const next = new URLSearchParams(params);
    next.delete(key);
    setParams(next);
  };

  return (
    <main className="page">
      <header className="page-header">
        <Typography.Title level={1}>{t("tasks.title")}</Typography.Title>
        {count.data && (
          <Typography.Text type="secondary" data-testid="task-total">
            {t("tasks.total", { total: formatNumber(count.data.total, language) })}
          </Typography.Text>
        )}
        <ExportButton filters={{ ...filters, sort }} total={count.data?.total ?? null} />
      </header>
      <TaskSearchBar params={params} onChange={(next) => setParams(next, { replace: true })} />
      <SavedViews
        query={taskSearchQuery(filters, picked)}
        onOpen={(query) => setParams(new URLSearchParams(query))}
      />
      <FilterTags
        filters={filters}
        onRemove={remove}
        onClear={() => setParams(new URLSearchParams())}
        ownerNameOf={(id) => rows.find((r) => r.ownerId === id)?.ownerName ?? undefined}
      />
      <WarningLegend />
      <Card size="small">
        {list.isError ? (
          <LoadError error={list.error} onRetry={() => void list.refetch()} />
        ) : phone ? (
          <Flex vertical gap="small" data-testid="task-cards">
            {list.isPending && <Loading rows={4} />}
            {!list.isPending && rows.length === 0 && <NoData description={t("tasks.empty")} />}
            {rows.map((row) => (
              <UnitTaskCard
                key={row.taskId}
                task={row}
                onOpen={() => navigate(`/tasks/${row.findingId}`)}
              />
            ))}
          </Flex>
        ) : (
          <Table<TaskListItem>
            rowKey="taskId"
            size="middle"
            columns={taskColumns(t, language, categoryName)}
            dataSource={rows}
            loading={list.isPending}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{ emptyText: <NoData description={t("tasks.empty")} /> }}
            onRow={(row) =>
              ({
                "data-testid": "task-row",
                "data-code": row.code,
                "data-unit-id": row.unitId ?? "",
                "data-overdue": String(row.overdue),
              }) as HTMLAttributes<HTMLElement>
            }
          />
        )}
        {rows.length > 0 && (
          <Flex justify="center" className="load-more">
            {list.hasNextPage ? (
              <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                {t("tasks.loadMore")}
              </Button>
            ) : (
              <Typography.Text type="secondary">{t("tasks.noMore")}</Typography.Text>
            )}
          </Flex>
        )}
      </Card>
    </main>
  );
}
