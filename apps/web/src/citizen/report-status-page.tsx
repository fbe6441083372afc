import type { PublicReportStatus } from "@cw/domain";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LoadError, Loading, PlainAlert, PlainButton } from "../components/plain-controls.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { errorMessage } from "../lib/api-error.ts";
import { formatDateTime } from "../lib/format.ts";
import { plainMutation, plainQuery } from "../lib/plain-api.ts";
import { usePlainQuery } from "../lib/use-plain-query.ts";

/**
 * /report/status/:code: the report's state in plain words, the outcome with the after photos
 * once the finding closed, and 解决了吗? — "not fixed" sends it back to the staff with a note.
 * The server decides every part of it (stage, photos, whether to ask). Plain markup and
 * plain-api.ts, as the report page (decision 0032).
 */
export default function ReportStatusPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { code = "" } = useParams();
  const [notFixed, setNotFixed] = useState(false);
  const [note, setNote] = useState("");
  const [answering, setAnswering] = useState(false);
  const [answerError, setAnswerError] = useState<unknown>(null);
  const input = { trackingCode: code };
  const status = usePlainQuery(code, () =>
    plainQuery<PublicReportStatus>("citizenReports.status", input),
  );
  const answer = async (sent: { answer: "fixed" } | { answer: "not_fixed"; note?: string }) => {
    setAnswering(true);
    setAnswerError(null);
    try {
      status.set(
        await plainMutation<PublicReportStatus>("citizenReports.answer", { ...input, ...sent }),
      );
      setNotFixed(false);
    } catch (error) {
      setAnswerError(error);
    } finally {
      setAnswering(false);
    }
  };

  if (status.status === "pending") return <Loading />;
  if (status.status === "error") return <LoadError error={status.error} onRetry={status.retry} />;
  const s = status.data;
  return (
    <section className="report-card" data-testid="report-status">
      <h2>{t("report.statusTitle")}</h2>
      <p className="report-code">{s.trackingCode}</p>
      <p data-testid="report-stage" data-stage={s.stage}>
        <strong>{t(`report.stage.${s.stage}`)}</strong>
      </p>
      {s.rejectReason && <p>{t("report.rejectReasonLine", { reason: s.rejectReason })}</p>}
      <p className="report-hint">
        {s.categoryName} · {s.description}
      </p>
      <p className="report-hint">
        {[
          t("report.receivedLine", { at: formatDateTime(s.receivedAt, language) }),
          ...(s.closedAt
            ? [t("report.closedLine", { at: formatDateTime(s.closedAt, language) })]
            : []),
        ].join(" · ")}
      </p>
      {s.afterPhotoIds.length > 0 && (
        <>
          <h3>{t("report.afterPhotos")}</h3>
          <ul className="report-photos" data-testid="report-after-photos">
            {s.afterPhotoIds.map((id, i) => (
              <li key={id}>
                <img
                  src={`/api/public/reports/${s.trackingCode}/photos/${id}`}
                  alt={t("report.afterPhotoN", { n: i + 1 })}
                />
              </li>
            ))}
          </ul>
        </>
      )}
      {s.answer && (
        <p>
          {t("report.answered", {
            answer: t(`report.${s.answer === "fixed" ? "fixed" : "notFixed"}`),
          })}
        </p>
      )}
      {s.canAnswer && (
        <div data-testid="report-ask">
          <h3>{t("report.askFixed")}</h3>
          {!notFixed ? (
            <div className="report-answer">
              <PlainButton
                kind="primary"
                loading={answering}
                onClick={() => void answer({ answer: "fixed" })}
                data-testid="report-fixed"
              >
                {t("report.fixed")}
              </PlainButton>
              <PlainButton onClick={() => setNotFixed(true)} data-testid="report-not-fixed">
                {t("report.notFixed")}
              </PlainButton>
            </div>
          ) : (
            <>
              <textarea
                className="report-textarea"
                rows={3}
                maxLength={500}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                placeholder={t("report.notFixedNote")}
                aria-label={t("report.notFixedNote")}
                data-testid="report-note"
              />
              <div className="report-answer">
                <PlainButton
                  kind="primary"
                  loading={answering}
                  onClick={() =>
                    void answer({ answer: "not_fixed", ...(note.trim() ? { note } : {}) })
                  }
                  data-testid="report-send-not-fixed"
                >
                  {t("report.sendNotFixed")}
                </PlainButton>
              </div>
            </>
          )}
        </div>
      )}
      {answerError !== null && <PlainAlert title={errorMessage(answerError)} />}
      <p>
        <Link to="/report">{t("report.another")}</Link>
      </p>
    </section>
  );
}
