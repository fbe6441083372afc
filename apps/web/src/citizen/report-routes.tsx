import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Route, Routes } from "react-router";
import { LanguageSwitch } from "../components/language-switch.tsx";
import { Loading } from "../components/query-states.tsx";
import "./report.css";

const ReportPage = lazy(() => import("./report-page.tsx"));
const ReportStatusPage = lazy(() => import("./report-status-page.tsx"));

/**
 * /report and /report/status/:code (decision 0026): the public pages, without signing in and
 * without the staff screens' layout, code or texts — a phone-first column of their own.
 */
export default function ReportRoutes() {
  const { t } = useTranslation();
  // The public pages have their own router: the staff app's is in app-routes.tsx (issue 15).
  return (
    <BrowserRouter>
      <div className="report-shell">
        <header className="report-header">
          <h1>{t("report.title")}</h1>
          <LanguageSwitch />
        </header>
        <main className="report-main">
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/report" element={<ReportPage />} />
              <Route path="/report/status/:code" element={<ReportStatusPage />} />
              <Route path="*" element={<ReportPage />} />
            </Routes>
          </Suspense>
        </main>
      </div>
    </BrowserRouter>
  );
}
