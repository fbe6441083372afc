import type { CurrentUser } from "@cw/domain";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { Loading } from "../components/query-states.tsx";
import { ensureScreenMessages } from "../i18n/i18n.ts";
import { AppLayout } from "./app-layout.tsx";
import { HOME, screen } from "./nav.ts";
import { NotFound, RoleGate } from "./role-gate.tsx";

// Every screen is its own chunk, fetched when first opened (the overview too, since issue 15):
// each role's first visit loads the sign-in page, this file and its own screen only, within
// the budget of scripts/bundle-size.mjs, whatever the other screens grow to. The overview's
// texts are in the core catalogue, so it needs no lazyScreen.
const OverviewPage = withPreload(() =>
  import("../overview/overview-page.tsx").then((m) => ({ default: m.OverviewPage })),
);
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
  return withPreload(() =>
    Promise.all([load(), ensureScreenMessages()]).then(([module]) => module),
  );
}

/** React.lazy that can also be asked to fetch its code before it renders (`preload`). */
// biome-ignore lint/suspicious/noExplicitAny: as above.
function withPreload<T extends ComponentType<any>>(load: () => Promise<{ default: T }>) {
  return Object.assign(lazy(load), { preload: load });
}

/** The screens a reload or a bookmark may open first, by the address's first part. */
const PRELOAD: Record<string, { preload: () => Promise<unknown> }> = {
  overview: OverviewPage,
  tasks: TaskListPage,
  board: BoardPage,
  unit: UnitPage,
  inspect: InspectPage,
  verify: VerifyPage,
  assessment: AssessmentPage,
  admin: AdminPage,
  map: MapPage,
  documents: DocumentsPage,
  account: AccountPage,
};

/** Fetches the code of the screen at `pathname` (main.tsx, while auth.me is asked). */
export function preloadRoute(pathname: string): void {
  void PRELOAD[pathname.split("/")[1] ?? ""]?.preload();
}

export default function AppRoutes({ user }: { user: CurrentUser }) {
  const gate = (path: string, page: ReactNode) => (
    <RoleGate role={user.role} screen={screen(path)}>
      <Suspense fallback={<Loading />}>{page}</Suspense>
    </RoleGate>
  );
  // The router is the signed-in app's: the sign-in page (app.tsx) needs none (issue 15).
  return (
    <BrowserRouter>
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
    </BrowserRouter>
  );
}
