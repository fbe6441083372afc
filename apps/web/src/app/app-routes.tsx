import type { CurrentUser } from "@cw/domain";
import { lazy, type ReactNode, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { Loading } from "../components/query-states.tsx";
import { OverviewPage } from "../overview/overview-page.tsx";
import { AppLayout } from "./app-layout.tsx";
import { HOME, screen } from "./nav.ts";
import { NotFound, RoleGate } from "./role-gate.tsx";

// Every screen but the overview is its own chunk, fetched when first opened: the leader's
// first load stays within its budget (scripts/bundle-size.mjs), whatever the others grow to.
const TaskListPage = lazy(() => import("../tasks/task-list-page.tsx"));
const BoardPage = lazy(() => import("../board/board-page.tsx"));
const UnitPage = lazy(() => import("../unit/unit-page.tsx"));
const InspectPage = lazy(() => import("../inspect/inspect-page.tsx"));
const AssessmentPage = lazy(() => import("../assessment/assessment-page.tsx"));
const AdminPage = lazy(() => import("../admin/admin-page.tsx"));

export function AppRoutes({ user }: { user: CurrentUser }) {
  const gate = (path: string, page: ReactNode) => (
    <RoleGate role={user.role} screen={screen(path)}>
      <Suspense fallback={<Loading />}>{page}</Suspense>
    </RoleGate>
  );
  return (
    <Routes>
      <Route element={<AppLayout user={user} />}>
        <Route index element={<Navigate to={HOME[user.role]} replace />} />
        <Route path="overview" element={gate("/overview", <OverviewPage />)} />
        <Route path="tasks" element={gate("/tasks", <TaskListPage />)} />
        <Route path="board/*" element={gate("/board", <BoardPage />)} />
        <Route path="unit/*" element={gate("/unit", <UnitPage />)} />
        <Route path="inspect/*" element={gate("/inspect", <InspectPage />)} />
        <Route path="assessment/*" element={gate("/assessment", <AssessmentPage />)} />
        <Route path="admin/*" element={gate("/admin", <AdminPage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
