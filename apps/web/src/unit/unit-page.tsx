import type { TaskListItem } from "@cw/domain";
import { useQueries } from "@tanstack/react-query";
import { Suspense, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Route, Routes, useNavigate, useSearchParams } from "react-router";
import { registerAppShell } from "../app-shell/register-app-shell.ts";
import { useTRPC } from "../lib/trpc.ts";
import { useCurrentUser } from "../task-detail/use-current-user.ts";
import { OwnerSwitch } from "./owner-switch.tsx";
import { SECTIONS, sectionInput, UNIT_OWNED } from "./unit-lists.ts";
import { UnitSearch } from "./unit-search.tsx";
import { UnitSection } from "./unit-section.tsx";
import { useSearchPicks } from "./use-search-picks.ts";
import "../task-detail/task-detail.css";
import "./unit.css";
import { lazyWithAntd } from "../app/lazy-with-antd.tsx";

// A task's detail (its forms, photos, history) loads when one is opened, not with the list the
// officer lands on (issue 15).
const TaskDetailDrawer = lazyWithAntd(() =>
  import("../task-detail/task-detail-drawer.tsx").then((m) => m.TaskDetailDrawer),
);

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
  // unit (theirs), the urgency sections and their order. Undefined while its checks load.
  const picks = useSearchPicks(params, UNIT_OWNED);
  const search = params.toString() ? `?${params.toString()}` : "";
  const lists = useQueries({
    queries: SECTIONS.map((s) => ({
      ...trpc.tasks.list.queryOptions(sectionInput(s, mine, picks ?? {})),
      enabled: picks !== undefined,
    })),
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
        {/* Plain markup drawn as antd's (unit.css), like the cards: the first screen computes
            no antd styles on a phone (issue 15). */}
        <h1 className="page-title">{t("unit.title")}</h1>
        <p className="muted">{user?.displayName}</p>
        <OwnerSwitch
          mine={mine}
          onChange={(toMine) => {
            const next = new URLSearchParams(params);
            next.delete("ownerId");
            if (toMine) next.set("mine", "true");
            else next.delete("mine");
            setParams(next, { replace: true });
          }}
        />
        {user?.unitId && (
          <UnitSearch
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
