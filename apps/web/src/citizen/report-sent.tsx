import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PlainButton } from "../components/plain-controls.tsx";

/** The answer to a sent report: its tracking code and the link to its status page. */
export function ReportSent({ code, onAnother }: { code: string; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="report-card" data-testid="report-sent">
      <h2>{t("report.sent")}</h2>
      <p>{t("report.yourCode")}</p>
      <p className="report-code" data-testid="report-code">
        {code}
      </p>
      <p className="report-hint">{t("report.keepCode")}</p>
      <p>
        <Link to={`/report/status/${code}`} data-testid="report-status-link">
          {t("report.followLink")}
        </Link>
      </p>
      <PlainButton onClick={onAnother}>{t("report.another")}</PlainButton>
    </section>
  );
}

/** Opens the status page of a code typed in. */
export function ReportLookup() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState("");
  return (
    <section className="report-card">
      <h2>{t("report.lookup")}</h2>
      <form
        className="report-answer"
        onSubmit={(e) => {
          e.preventDefault();
          const typed = code.trim().toUpperCase();
          if (typed) navigate(`/report/status/${encodeURIComponent(typed)}`);
        }}
      >
        <input
          className="plain-input report-lookup-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          placeholder={t("report.lookupPlaceholder")}
          aria-label={t("report.lookup")}
        />
        <PlainButton type="submit">{t("report.lookupGo")}</PlainButton>
      </form>
    </section>
  );
}
