import type { TaskListItem, TaskSearchParamKey } from "@cw/domain";
import { useQueries } from "@tanstack/react-query";
import { Badge, Button, Flex, Tabs } from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { Route, Routes, useNavigate, useSearchParams } from "react-router";
import { LoadingSkeleton } from "../app/boot.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { useCurrentUser } from "../task-detail/use-current-user.ts";
import { useTaskRefresh } from "../task-detail/use-task-refresh.ts";
import { WarningLegend } from "../task-detail/warning-legend.tsx";
import { readTaskSearch } from "../tasks/task-list-url.ts";
import { TaskSearchBar } from "../tasks/task-search-bar.tsx";
import { BoardTable } from "./board-table.tsx";
import { type BoardTab, boardTab, useBoardTabs } from "./board-tabs.ts";
import "../task-detail/task-detail.css";

// Each opens on a click or at a task's URL: the board's first screen loads the table alone
// (issue 15), and these their forms, the detail's timeline and the date pickers when asked for.
const TaskDetailDrawer = lazy(() =>
  import("../task-detail/task-detail-drawer.tsx").then((m) => ({ default: m.TaskDetailDrawer })),
);
const BulkDialog = lazy(() => import("./bulk-dialog.tsx").then((m) => ({ default: m.BulkDialog })));
const RectificationNoticeDialog = lazy(() =>
  import("../documents/rectification-notice-dialog.tsx").then((m) => ({
    default: m.RectificationNoticeDialog,
  })),
);

const BOARD_OWNED = ["status", "open", "sort"] as const satisfies readonly TaskSearchParamKey[];

/**
 * The coordinators' rectification board (lazy route /board/*): tasks by state with counts,
 * overdue first, bulk dispatch and escalation, and each task's detail in a drawer at
 * /board/tasks/:findingId (the tab stays in the URL behind it).
 */
export default function BoardPage() {
  const tabs = useBoardTabs();
  return (
    <main className="page">
      <BoardHeader />
      {tabs ? (
        <Board tabs={tabs} />
      ) : (
        <section className="card">
          <LoadingSkeleton />
        </section>
      )}
    </main>
  );
}

function BoardHeader() {
  const { t } = useTranslation();
  return (
    <header className="page-header">
      <h1 className="page-title">{t("board.title")}</h1>
      <p className="muted">{t("board.subtitle")}</p>
    </header>
  );
}

function Board({ tabs }: { tabs: readonly BoardTab[] }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const refresh = useTaskRefresh();
  const [params, setParams] = useSearchParams();
  const tab = boardTab(tabs, params.get("tab")) as BoardTab;
  const [selected, setSelected] = useState<TaskListItem[]>([]);
  const [noticeOpen, setNoticeOpen] = useState(false);
  const [bulkOpen, setBulkOpen] = useState(false);
  // The search narrows every tab and its count alike, except in what the tabs decide: their
  // states, their order, and a tab's own timing (the overdue tab).
  const owned = [...BOARD_OWNED, ...(Object.keys(tab.filter) as TaskSearchParamKey[])];
  const picks = readTaskSearch(params, owned);
  const counts = useQueries({
    queries: tabs.map((x) => trpc.tasks.count.queryOptions({ ...x.filter, ...picks })),
  });
  const search = params.toString() ? `?${params.toString()}` : "";

  const switchTab = (key: string) => {
    setSelected([]);
    const next = new URLSearchParams(params);
    next.set("tab", key);
    setParams(next);
  };

  return (
    <>
      <WarningLegend />
      {/* The app's plain card (styles.css), as antd's small Card draws: not antd's, whose
          loading state brings its Skeleton to the board's first load. */}
      <section className="card" aria-label={t("board.title")}>
        <TaskSearchBar
          params={params}
          owned={owned}
          onChange={(next) => {
            setSelected([]);
            setParams(next, { replace: true });
          }}
        />
        <Tabs
          activeKey={tab.key}
          onChange={switchTab}
          items={tabs.map((x, i) => ({
            key: x.key,
            label: (
              <span data-testid={`board-tab-${x.key}`}>
                {t(`board.tab.${x.key}`)}{" "}
                <Badge
                  count={counts[i]?.data?.total ?? "…"}
                  showZero
                  overflowCount={9999}
                  color={x.key === "overdue" ? "#b42318" : "#59636e"}
                />
              </span>
            ),
          }))}
        />
        {tab.bulk && (
          <Flex gap="small" align="center" wrap className="board-toolbar">
            <Button
              type="primary"
              disabled={selected.length === 0}
              onClick={() => setBulkOpen(true)}
              data-testid={`bulk-${tab.bulk}`}
            >
              {t(`board.bulk.${tab.bulk}`, { count: selected.length })}
            </Button>
            <Button
              disabled={selected.length === 0}
              onClick={() => setNoticeOpen(true)}
              data-testid="rectification-notice"
            >
              {t("documents.rn.button", { count: selected.length })}
            </Button>
            <span className="muted">{t("board.selected", { count: selected.length })}</span>
          </Flex>
        )}
        <BoardTable
          key={tab.key}
          tab={tab}
          picks={picks}
          selected={selected}
          onSelect={setSelected}
          onOpen={(row) => navigate(`/board/tasks/${row.findingId}${search}`)}
        />
      </section>
      {noticeOpen && (
        <Suspense fallback={null}>
          <RectificationNoticeDialog
            findingIds={selected.map((row) => row.findingId)}
            onClose={() => setNoticeOpen(false)}
          />
        </Suspense>
      )}
      {bulkOpen && tab.bulk && (
        <Suspense fallback={null}>
          <BulkDialog
            bulk={tab.bulk}
            needs={tab.bulkNeeds}
            rows={selected}
            onClose={(changed) => {
              setBulkOpen(false);
              if (changed) {
                setSelected([]);
                void refresh();
              }
            }}
          />
        </Suspense>
      )}
      {user && (
        <Routes>
          <Route
            path="tasks/:findingId"
            element={
              <Suspense fallback={null}>
                <TaskDetailDrawer onClose={() => navigate(`/board${search}`)} />
              </Suspense>
            }
          />
        </Routes>
      )}
    </>
  );
}
