import { useQuery } from "@tanstack/react-query";
import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { LoadError, Loading } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";

/** Received, accepted and the median time to triage over 30 days (the overview's tile too). */
export function TriageMetrics({ quietWhenRefused = false }: { quietWhenRefused?: boolean }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const metrics = useQuery(trpc.triage.metrics.queryOptions({ days: 30 }, { retry: false }));
  // Its words are in the core catalogue: on the overview it waits for no other texts.
  if (metrics.isPending) return <Loading rows={1} />;
  // On the overview, roles that do not triage (admins, inspectors) simply do not see it.
  if (metrics.isError && quietWhenRefused) return null;
  if (metrics.isError)
    return <LoadError compact error={metrics.error} onRetry={() => void metrics.refetch()} />;
  const m = metrics.data;
  return (
    <Card
      size="small"
      title={t("triage.metricsTitle")}
      className="triage-metrics"
      data-testid="triage-metrics"
    >
      <dl className="triage-metrics-row">
        {[
          [t("triage.received"), m.received],
          [t("triage.accepted"), m.accepted + m.merged],
          [t("triage.waiting"), m.waiting],
          [
            t("triage.median"),
            m.medianTriageMinutes === null
              ? "—"
              : t("triage.minutes", { n: m.medianTriageMinutes }),
          ],
        ].map(([label, value]) => (
          <div key={String(label)}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** 解决了吗? per unit: answers and "fixed" always; the share only from the minimum sample. */
export function UnitSatisfaction() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const satisfaction = useQuery(trpc.triage.satisfaction.queryOptions());
  if (satisfaction.isPending) return <Loading rows={2} />;
  if (satisfaction.isError)
    return (
      <LoadError compact error={satisfaction.error} onRetry={() => void satisfaction.refetch()} />
    );
  const { units, minSample } = satisfaction.data;
  return (
    <Card
      size="small"
      title={t("triage.satisfactionTitle")}
      className="triage-metrics"
      data-testid="triage-satisfaction"
    >
      {units.length === 0 ? (
        <p className="muted">{t("triage.noAnswers")}</p>
      ) : (
        <table className="triage-table">
          <thead>
            <tr>
              <th scope="col">{t("triage.unit")}</th>
              <th scope="col">{t("triage.answers")}</th>
              <th scope="col">{t("triage.fixedAnswers")}</th>
              <th scope="col">{t("triage.share")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unitId}>
                <td>{u.unitName}</td>
                <td>{u.answers}</td>
                <td>{u.fixed}</td>
                <td>
                  {u.share === null
                    ? t("triage.tooFew", { n: minSample })
                    : `${Math.round(u.share * 100)}%`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
