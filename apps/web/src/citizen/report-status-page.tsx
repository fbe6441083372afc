import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { LoadError, Loading } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { errorMessage } from "../lib/api-error.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";

/**
 * /report/status/:code: the report's state in plain words, the outcome with the after photos
 * once the finding closed, and 解决了吗? — "not fixed" sends it back to the staff with a note.
 * The server decides every part of it (stage, photos, whether to ask).
 */
export default function ReportStatusPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { code = "" } = useParams();
  const [notFixed, setNotFixed] = useState(false);
  const [note, setNote] = useState("");
  const input = { trackingCode: code };
  const status = useQuery(trpc.citizenReports.status.queryOptions(input, { retry: false }));
  const answer = useMutation(
    trpc.citizenReports.answer.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.citizenReports.status.queryKey(input), data);
        setNotFixed(false);
      },
    }),
  );

  if (status.isPending) return <Loading />;
  if (status.isError)
    return <LoadError error={status.error} onRetry={() => void status.refetch()} />;
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
              <Button
                type="primary"
                loading={answer.isPending}
                onClick={() => answer.mutate({ ...input, answer: "fixed" })}
                data-testid="report-fixed"
              >
                {t("report.fixed")}
              </Button>
              <Button onClick={() => setNotFixed(true)} data-testid="report-not-fixed">
                {t("report.notFixed")}
              </Button>
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
                <Button
                  type="primary"
                  loading={answer.isPending}
                  onClick={() =>
                    answer.mutate({
                      ...input,
                      answer: "not_fixed",
                      ...(note.trim() ? { note } : {}),
                    })
                  }
                  data-testid="report-send-not-fixed"
                >
                  {t("report.sendNotFixed")}
                </Button>
              </div>
            </>
          )}
        </div>
      )}
      {answer.isError && <Alert type="error" showIcon title={errorMessage(answer.error)} />}
      <p>
        <Link to="/report">{t("report.another")}</Link>
      </p>
    </section>
  );
}
