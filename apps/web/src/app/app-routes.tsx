import type { CurrentUser } from "@cw/domain";
import { lazy, type ReactNode, Suspense } from "react";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { Loading } from "../components/query-states.tsx";
import { AppLayout } from "./app-layout.tsx";
import { lazyWithAntd } from "./lazy-with-antd.tsx";
import { HOME, screen } from "./nav.ts";
import { NotFound, RoleGate } from "./role-gate.tsx";
import { loadScreen, type ScreenName, usesAntd } from "./screen-code.ts";

// Every screen is its own chunk, fetched when first opened (the overview too, since issue 15):
// each role's first visit loads the sign-in page, this file and its own screen only, within
// the budget of scripts/bundle-size.mjs, whatever the other screens grow to. A reload's screen
// is already on its way (app.tsx, screen-code.ts).
const screenOf = (name: ScreenName) =>
  usesAntd(name)
    ? lazyWithAntd(() => loadScreen(name).then((m) => m.default))
    : lazy(() => loadScreen(name));
const OverviewPage = screenOf("overview");
const TaskListPage = screenOf("tasks");
const TaskDetailPage = screenOf("task-detail");
const BoardPage = screenOf("board");
const UnitPage = screenOf("unit");
const InspectPage = screenOf("inspect");
const VerifyPage = screenOf("verify");
const AssessmentPage = screenOf("assessment");
const AdminPage = screenOf("admin");
const MapPage = screenOf("map");
const DocumentsPage = screenOf("documents");
const NoticePrintPage = screenOf("notice-print");
const AccountPage = screenOf("account");
const TriagePage = screenOf("triage");

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
