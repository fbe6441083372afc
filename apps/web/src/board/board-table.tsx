import type { TaskListItem } from "@cw/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Flex, Table } from "antd";
import type { HTMLAttributes, Key } from "react";
import { useTranslation } from "react-i18next";
import { LoadError } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { useTRPC } from "../lib/trpc.ts";
import { EmptyNote } from "../task-detail/empty-note.tsx";
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
      {/* Scrolls sideways on a narrow screen; antd's own scroll.x adds a hidden header copy
          whose checkbox axe flags as a focusable element inside aria-hidden. */}
      <ScrollRegion
        label={t("board.tableLabel", { tab: t(`board.tab.${tab.key}`) })}
        minWidth={860}
      >
        <Table<TaskListItem>
          rowKey="findingId"
          size="middle"
          columns={boardColumns(t, language, onOpen)}
          dataSource={rows}
          loading={list.isPending}
          pagination={false}
          locale={{ emptyText: <EmptyNote text={t("board.empty")} /> }}
          rowSelection={
            tab.bulk
              ? {
                  selectedRowKeys: selected.map((r) => r.findingId),
                  onChange: (_: Key[], picked: TaskListItem[]) => onSelect(picked),
                  getTitleCheckboxProps: () => ({ "aria-label": t("board.selectAll") }) as object,
                  getCheckboxProps: (row) =>
                    ({ "aria-label": t("board.selectRow", { code: row.code }) }) as object,
                }
              : undefined
          }
          onRow={(row) =>
            ({
              "data-testid": "board-row",
              "data-finding-id": row.findingId,
              "data-code": row.code,
            }) as HTMLAttributes<HTMLElement>
          }
        />
      </ScrollRegion>
      {rows.length > 0 && (
        <Flex justify="center" className="td-gap">
          {list.hasNextPage ? (
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t("tasks.loadMore")}
            </Button>
          ) : (
            <span className="muted">{t("tasks.noMore")}</span>
          )}
        </Flex>
      )}
    </>
  );
}
