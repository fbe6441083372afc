import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Route, Routes } from "react-router";
import { LanguageSwitch } from "../components/language-switch.tsx";
import { Loading } from "../components/plain-controls.tsx";
import { ensureReportMessages } from "../i18n/i18n.ts";
import "./report.css";

// Each page with the report pages' texts (i18n.ts), fetched side by side.
const withTexts =
  <T,>(load: () => Promise<T>) =>
  () =>
    Promise.all([load(), ensureReportMessages()]).then(([module]) => module);
const ReportPage = lazy(withTexts(() => import("./report-page.tsx")));
const ReportStatusPage = lazy(withTexts(() => import("./report-status-page.tsx")));

/**
 * /report and /report/status/:code (decision 0026): the public pages, without signing in and
 * without the staff screens' layout, code or texts — a phone-first column of their own, with
 * no UI kit and no API client (decision 0032): app.tsx draws them without the signed-in app.
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
