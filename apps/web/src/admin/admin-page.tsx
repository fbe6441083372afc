import { Tabs, Typography } from "antd";
import { type ComponentType, lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { UsersTab } from "./users-tab.tsx";
import "./admin.css";
import { Loading } from "../components/query-states.tsx";

/** A tab whose code loads when it is opened: the admin's first screen is the users tab alone. */
const onOpen = (load: () => Promise<ComponentType>) => {
  const Tab = lazy(() => load().then((Component) => ({ default: Component })));
  return () => (
    <Suspense fallback={<Loading />}>
      <Tab />
    </Suspense>
  );
};

// Lazy-loaded route (app/app-routes.tsx): none of this reaches the overview's first load.
// Each tab is a URL (/admin/sites), so a tab can be bookmarked and the back button works.
// Every tab but the first loads when opened (issue 15): the sites' import, the calendar's date
// pickers, the QR encoder and the evaluation's workbook are not on the admin's first visit.
const TABS: Record<string, () => ReactNode> = {
  users: () => <UsersTab />,
  units: onOpen(() => import("./units-tab.tsx").then((m) => m.UnitsTab)),
  sites: onOpen(() => import("./sites-tab.tsx").then((m) => m.SitesTab)),
  "site-qr": onOpen(() => import("./site-qr-tab.tsx").then((m) => m.SiteQrTab)),
  grids: onOpen(() => import("./grids-tab.tsx").then((m) => m.GridsTab)),
  "site-types": onOpen(() => import("./site-types-tab.tsx").then((m) => m.SiteTypesTab)),
  categories: onOpen(() => import("./categories-tab.tsx").then((m) => m.CategoriesTab)),
  calendar: onOpen(() => import("./calendar-tab.tsx").then((m) => m.CalendarTab)),
  scoring: onOpen(() => import("./scoring-tab.tsx").then((m) => m.ScoringTab)),
  evaluation: onOpen(() => import("./evaluation-tab.tsx").then((m) => m.EvaluationTab)),
  settings: onOpen(() => import("./settings-tab.tsx").then((m) => m.SettingsTab)),
  channels: onOpen(() => import("./channels-tab.tsx").then((m) => m.ChannelsTab)),
  jobs: onOpen(() => import("./jobs-tab.tsx").then((m) => m.JobsTab)),
  security: onOpen(() => import("./security-log-tab.tsx").then((m) => m.SecurityLogTab)),
};

export default function AdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const tab = useParams()["*"]?.split("/")[0] ?? "";
  const active = tab in TABS ? tab : "users";
  return (
    <main className="page admin-page">
      <Typography.Title level={1}>{t("nav.admin")}</Typography.Title>
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/admin/${key}`)}
        // Only the open tab is rendered, so only its lists are fetched.
        items={Object.entries(TABS).map(([key, render]) => ({
          key,
          label: t(`admin.tabs.${key}`),
          children: key === active ? render() : null,
        }))}
      />
    </main>
  );
}
