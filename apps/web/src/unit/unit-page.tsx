import type { ListTasksInput, TaskListItem, TaskSearchParamKey } from "@cw/domain";
import { useQueries } from "@tanstack/react-query";
import { Segmented, Typography } from "antd";
import { lazy, Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Route, Routes, useNavigate, useSearchParams } from "react-router";
import { registerAppShell } from "../app-shell/register-app-shell.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useCurrentUser } from "../task-detail/use-current-user.ts";
import { readTaskSearch } from "../tasks/task-list-url.ts";
import { TaskSearchBar } from "../tasks/task-search-bar.tsx";
import { UnitSection } from "./unit-section.tsx";
import "../task-detail/task-detail.css";
import "./unit.css";

// A task's detail (its forms, photos, history) loads when one is opened, not with the list the
// officer lands on (issue 15).
const TaskDetailDrawer = lazy(() =>
  import("../task-detail/task-detail-drawer.tsx").then((m) => ({ default: m.TaskDetailDrawer })),
);

// A unit has tens of open tasks, not thousands; one page of each list is the whole list.
const LIMIT = 200;
const SECTIONS = [
  { id: "overdue", filter: { timing: "overdue" } },
  { id: "dueSoon", filter: { timing: "due_soon" } },
  { id: "rest", filter: { open: true } },
] as const satisfies readonly { id: string; filter: Partial<ListTasksInput> }[];

const UNIT_OWNED = [
  "unitId",
  "mine",
  "timing",
  "open",
  "status",
  "sort",
] as const satisfies readonly TaskSearchParamKey[];

/**
 * The unit officer's screen (lazy route /unit/*): the unit's open tasks (the server keeps an
 * officer to their own unit), overdue first, then due soon, then the rest, as cards that fit a
 * phone; each opens its detail at /unit/tasks/:findingId, where the officer claims, reports
 * progress, submits or resumes.
 */
export default function UnitPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  useEffect(registerAppShell, []);
  // "Mine": only the tasks the signed-in officer owns (the server's `mine` filter).
  const mine = params.get("mine") === "true";
  // The search, the same filters as /tasks and the board, but for what this view decides: the
  // unit (theirs), the urgency sections and their order.
  const picks = readTaskSearch(params, UNIT_OWNED);
  const search = params.toString() ? `?${params.toString()}` : "";
  const lists = useQueries({
    queries: SECTIONS.map((s) =>
      trpc.tasks.list.queryOptions({
        ...s.filter,
        ...(mine ? { mine: true } : {}),
        ...picks,
        sort: "due_asc",
        limit: LIMIT,
      }),
    ),
  });
  // A task shows once, in the most urgent section it belongs to.
  const seen = new Set<string>();
  const rowsOf = (i: number): TaskListItem[] =>
    (lists[i]?.data?.items ?? []).filter(
      (row) => !seen.has(row.findingId) && seen.add(row.findingId),
    );

  return (
    <main className="page unit-page">
      <header className="page-header">
        <Typography.Title level={1}>{t("unit.title")}</Typography.Title>
        <p className="muted">{user?.displayName}</p>
        <Segmented
          value={mine ? "mine" : "all"}
          onChange={(v) => {
            const next = new URLSearchParams(params);
            next.delete("ownerId");
            if (v === "mine") next.set("mine", "true");
            else next.delete("mine");
            setParams(next, { replace: true });
          }}
          options={[
            { value: "all", label: t("unit.allTasks") },
            { value: "mine", label: t("tasks.mine") },
          ]}
          data-testid="unit-owner-filter"
        />
        {user?.unitId && (
          <TaskSearchBar
            params={params}
            unitId={user.unitId}
            owned={UNIT_OWNED}
            onChange={(next) => setParams(next, { replace: true })}
          />
        )}
      </header>
      {SECTIONS.map((s, i) => {
        const query = lists[i];
        return (
          <UnitSection
            key={s.id}
            id={s.id}
            title={t(`unit.section.${s.id}`)}
            emptyText={t(`unit.empty.${s.id}`)}
            rows={rowsOf(i)}
            pending={query?.isPending ?? true}
            error={query?.error}
            onRetry={() => void query?.refetch()}
            onOpen={(task) => navigate(`/unit/tasks/${task.findingId}${search}`)}
          />
        );
      })}
      {user && (
        <Routes>
          <Route
            path="tasks/:findingId"
            element={
              <Suspense fallback={null}>
                <TaskDetailDrawer onClose={() => navigate(`/unit${search}`)} />
              </Suspense>
            }
          />
        </Routes>
      )}
    </main>
  );
}
