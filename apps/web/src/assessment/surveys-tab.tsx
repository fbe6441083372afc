import { useQuery } from "@tanstack/react-query";
import { Select, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDate } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import type { SurveyRates } from "./api-types.ts";
import { RateText } from "./rate-text.tsx";

/** 问卷调查: the system's surveys and, for the one chosen, its rates per measure and question. */
export function SurveysTab({ systemId }: { systemId: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const surveys = useQuery(trpc.surveys.list.queryOptions({ systemId }));
  const [chosen, setChosen] = useState<string | null>(null);
  const survey = surveys.data?.find((s) => s.id === chosen) ?? surveys.data?.[0];
  const rates = useQuery({
    ...trpc.surveys.rates.queryOptions({ surveyId: survey?.id ?? "" }),
    enabled: Boolean(survey),
  });

  if (surveys.isPending) return <Loading rows={4} />;
  if (surveys.isError)
    return <LoadError compact error={surveys.error} onRetry={() => void surveys.refetch()} />;
  if (!survey) return <NoData description={t("assessment.noSurveys")} />;
  return (
    <section aria-labelledby="surveys-title">
      <h2 id="surveys-title">{t("assessment.surveysTitle")}</h2>
      <label htmlFor="survey-select" style={{ marginRight: 8 }}>
        {t("assessment.survey")}
      </label>
      <Select
        id="survey-select"
        aria-label={t("assessment.survey")}
        style={{ minWidth: 360 }}
        value={survey.id}
        onChange={setChosen}
        options={surveys.data.map((s) => ({
          value: s.id,
          label: t("format.withNote", {
            text: s.title,
            note: `${formatDate(s.periodStart, language)}–${formatDate(s.periodEnd, language)}`,
          }),
        }))}
      />
      {rates.isPending && <Loading rows={4} />}
      {rates.isError && (
        <LoadError compact error={rates.error} onRetry={() => void rates.refetch()} />
      )}
      {rates.data && <RatesTables rates={rates.data} />}
    </section>
  );
}

function RatesTables({ rates }: { rates: SurveyRates }) {
  const { t } = useTranslation();
  const measure = (m: string) => t(`assessment.measure.${m}`);
  return (
    <>
      <p className="muted">
        {t("assessment.respondents", { count: rates.respondents, minimum: rates.minimum })}
      </p>
      <h3>{t("assessment.byMeasure")}</h3>
      <Table
        size="small"
        rowKey="measure"
        pagination={false}
        dataSource={rates.measures}
        columns={[
          { title: t("assessment.measureLabel"), dataIndex: "measure", render: measure },
          {
            title: t("assessment.questions"),
            dataIndex: "questionCount",
            align: "right",
            width: 90,
          },
          {
            title: t("assessment.rate"),
            key: "rate",
            render: (_, r) => <RateText rate={r.rate} />,
          },
        ]}
      />
      <h3 style={{ marginTop: 16 }}>{t("assessment.byQuestion")}</h3>
      <Table
        size="small"
        rowKey="questionId"
        pagination={false}
        dataSource={rates.questions}
        columns={[
          { title: t("assessment.code"), dataIndex: "code", width: 90 },
          { title: t("assessment.question"), dataIndex: "text" },
          {
            title: t("assessment.measureLabel"),
            dataIndex: "measure",
            render: measure,
            width: 100,
          },
          {
            title: t("assessment.rate"),
            key: "rate",
            render: (_, r) => <RateText rate={r.rate} />,
          },
        ]}
      />
    </>
  );
}
