import type { CurrentUser } from "@cw/domain";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { Loading } from "../components/query-states.tsx";
import { ensureScreenMessages } from "../i18n/i18n.ts";
import { OverviewPage } from "../overview/overview-page.tsx";
import { AppLayout } from "./app-layout.tsx";
import { HOME, screen } from "./nav.ts";
import { NotFound, RoleGate } from "./role-gate.tsx";

// Every screen but the overview is its own chunk, fetched when first opened: the leader's
// first load stays within its budget (scripts/bundle-size.mjs), whatever the others grow to.
const TaskListPage = lazyScreen(() => import("../tasks/task-list-page.tsx"));
const TaskDetailPage = lazyScreen(() => import("../task-detail/task-detail-page.tsx"));
const BoardPage = lazyScreen(() => import("../board/board-page.tsx"));
const UnitPage = lazyScreen(() => import("../unit/unit-page.tsx"));
const InspectPage = lazyScreen(() => import("../inspect/inspect-page.tsx"));
const VerifyPage = lazyScreen(() => import("../verify/verify-page.tsx"));
const AssessmentPage = lazyScreen(() => import("../assessment/assessment-page.tsx"));
const AdminPage = lazyScreen(() => import("../admin/admin-page.tsx"));
const MapPage = lazyScreen(() => import("../map/map-page.tsx"));
const DocumentsPage = lazyScreen(() => import("../documents/documents-page.tsx"));
const NoticePrintPage = lazyScreen(() => import("../documents/notice-print-page.tsx"));
const AccountPage = lazyScreen(() => import("../account/account-page.tsx"));
const TriagePage = lazyScreen(() => import("../triage/triage-page.tsx"));

/** A lazily loaded screen whose texts are loaded with it. */
// biome-ignore lint/suspicious/noExplicitAny: React.lazy accepts any component props; each route passes its own.
function lazyScreen<P extends Record<string, any>>(
  load: () => Promise<{ default: ComponentType<P> }>,
) {
  return lazy(() => Promise.all([load(), ensureScreenMessages()]).then(([module]) => module));
}

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
        <Route path="tasks/:findingId" element={gate("/tasks", <TaskDetailPage />)} />
        <Route path="board/*" element={gate("/board", <BoardPage />)} />
        <Route path="unit/*" element={gate("/unit", <UnitPage />)} />
        <Route path="inspect/*" element={gate("/inspect", <InspectPage />)} />
        <Route path="verify/*" element={gate("/verify", <VerifyPage />)} />
        <Route path="assessment/*" element={gate("/assessment", <AssessmentPage />)} />
        <Route path="admin/*" element={gate("/admin", <AdminPage />)} />
        <Route path="map" element={gate("/map", <MapPage />)} />
        <Route path="documents" element={gate("/documents", <DocumentsPage />)} />
        <Route path="documents/notice-print" element={gate("/documents", <NoticePrintPage />)} />
        <Route path="account" element={gate("/account", <AccountPage />)} />
        <Route path="triage" element={gate("/triage", <TriagePage />)} />
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
