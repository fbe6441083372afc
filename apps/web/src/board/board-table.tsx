import type { TaskListItem } from "@cw/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import type { HTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import { PlainButton } from "../components/plain-controls.tsx";
import { PlainTable } from "../components/plain-table.tsx";
import { LoadError, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ScrollRegion } from "../task-detail/scroll-region.tsx";
import type { TaskListFilters } from "../tasks/task-list-href.ts";
import { boardColumns } from "./board-columns.tsx";
import type { BoardTab } from "./board-tabs.ts";

const PAGE = 50;

/** One tab's tasks, earliest deadline (most overdue) first, 50 at a time, selectable for bulk. */
export function BoardTable({
  tab,
  picks,
  selected,
  onSelect,
  onOpen,
}: {
  tab: BoardTab;
  /** The search's unit, owner and text (TaskSearchBar), on top of the tab's own filter. */
  picks: TaskListFilters;
  selected: TaskListItem[];
  onSelect: (rows: TaskListItem[]) => void;
  onOpen: (row: TaskListItem) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const list = useInfiniteQuery(
    trpc.tasks.list.infiniteQueryOptions(
      { ...tab.filter, ...picks, sort: "due_asc", limit: PAGE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  if (list.isError)
    return <LoadError compact error={list.error} onRetry={() => void list.refetch()} />;
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {/* Scrolls sideways on a narrow screen, as a focusable region (ScrollRegion). */}
      <ScrollRegion
        label={t("board.tableLabel", { tab: t(`board.tab.${tab.key}`) })}
        minWidth={860}
      >
        <PlainTable<TaskListItem>
          columns={boardColumns(t, language, onOpen)}
          rows={rows}
          rowKey={(row) => row.findingId}
          pending={list.isPending}
          empty={<NoData description={t("board.empty")} />}
          selection={
            tab.bulk
              ? {
                  selectedKeys: selected.map((r) => r.findingId),
                  onChange: onSelect,
                  allLabel: t("board.selectAll"),
                  rowLabel: (row) => t("board.selectRow", { code: row.code }),
                }
              : undefined
          }
          rowProps={(row) =>
            ({
              "data-testid": "board-row",
              "data-finding-id": row.findingId,
              "data-code": row.code,
            }) as HTMLAttributes<HTMLTableRowElement>
          }
        />
      </ScrollRegion>
      {rows.length > 0 && (
        <div className="board-more td-gap">
          {list.hasNextPage ? (
            <PlainButton
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
            >
              {t("tasks.loadMore")}
            </PlainButton>
          ) : (
            <span className="muted">{t("tasks.noMore")}</span>
          )}
        </div>
      )}
    </>
  );
}
