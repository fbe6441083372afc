import { Tabs, Typography } from "antd";
import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { CalendarTab } from "./calendar-tab.tsx";
import { CategoriesTab } from "./categories-tab.tsx";
import { ChannelsTab } from "./channels-tab.tsx";
import { EvaluationTab } from "./evaluation-tab.tsx";
import { GridsTab } from "./grids-tab.tsx";
import { JobsTab } from "./jobs-tab.tsx";
import { ScoringTab } from "./scoring-tab.tsx";
import { SecurityLogTab } from "./security-log-tab.tsx";
import { SettingsTab } from "./settings-tab.tsx";
import { SiteTypesTab } from "./site-types-tab.tsx";
import { SitesTab } from "./sites-tab.tsx";
import { UnitsTab } from "./units-tab.tsx";
import { UsersTab } from "./users-tab.tsx";
import "./admin.css";
import { Loading } from "../components/query-states.tsx";

// The QR sheet carries a QR encoder that no other tab needs: it loads when opened.
const SiteQrTab = lazy(() => import("./site-qr-tab.tsx").then((m) => ({ default: m.SiteQrTab })));

// Lazy-loaded route (app/app-routes.tsx): none of this reaches the overview's first load.
// Each tab is a URL (/admin/sites), so a tab can be bookmarked and the back button works.
const TABS: Record<string, () => ReactNode> = {
  users: () => <UsersTab />,
  units: () => <UnitsTab />,
  sites: () => <SitesTab />,
  "site-qr": () => (
    <Suspense fallback={<Loading />}>
      <SiteQrTab />
    </Suspense>
  ),
  grids: () => <GridsTab />,
  "site-types": () => <SiteTypesTab />,
  categories: () => <CategoriesTab />,
  calendar: () => <CalendarTab />,
  scoring: () => <ScoringTab />,
  evaluation: () => <EvaluationTab />,
  settings: () => <SettingsTab />,
  channels: () => <ChannelsTab />,
  jobs: () => <JobsTab />,
  security: () => <SecurityLogTab />,
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
