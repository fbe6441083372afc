import { DELIVERY_STATUSES } from "@cw/domain";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Select, Space, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { errorMessage } from "../lib/api-error.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ListStates, ToneTag } from "./list-parts.tsx";

type Status = (typeof DELIVERY_STATUSES)[number];
const TONE: Record<Status, "green" | "red" | "blue"> = {
  sent: "green",
  failed: "red",
  pending: "blue",
  sending: "blue",
  suppressed: "blue",
};

/**
 * The job queue and the delivery log: each scheduled job's last and next run with "run now";
 * every message with its channel, recipient, time and result, and retry of failed ones. What
 * ran and what a provider answered the server says; this screen only shows it.
 */
export function JobsTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status | undefined>(undefined);
  const jobs = useQuery(trpc.jobs.list.queryOptions());
  const log = useQuery({
    ...trpc.deliveries.list.queryOptions({ ...(status ? { status } : {}), limit: 100 }),
    // The queue's worker may finish a delivery after "Run now" answered: while any row is
    // still waiting or being sent, the log asks again, so its result shows without a reload.
    refetchInterval: (query) =>
      query.state.data?.items.some((d) => d.status === "pending" || d.status === "sending")
        ? 3_000
        : false,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.jobs.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.deliveries.pathKey() }),
    ]);
  const runNow = useMutation(trpc.jobs.runNow.mutationOptions({ onSuccess: refresh }));
  const retry = useMutation(trpc.deliveries.retry.mutationOptions({ onSuccess: refresh }));
  const when = (d: Date | null | undefined) => (d ? formatDateTime(d, language) : "—");
  return (
    <section aria-label={t("admin.tabs.jobs")}>
      <Typography.Title level={2}>{t("admin.jobs.title")}</Typography.Title>
      {runNow.isError && <Alert type="error" showIcon title={errorMessage(runNow.error)} />}
      {runNow.data && !runNow.data.ok && (
        <Alert
          type="error"
          showIcon
          data-testid="job-failed"
          title={t("admin.jobs.runFailed", { job: t(`admin.jobs.names.${runNow.data.job}`) })}
          description={(runNow.data.summary as { error?: string } | null)?.error}
        />
      )}
      <ListStates query={jobs} empty={!jobs.data?.length}>
        <Table
          rowKey="job"
          size="small"
          pagination={false}
          dataSource={jobs.data}
          columns={[
            {
              title: t("admin.jobs.job"),
              dataIndex: "job",
              render: (j: string) => t(`admin.jobs.names.${j}`),
            },
            {
              title: t("admin.jobs.schedule"),
              dataIndex: "cron",
              render: (c: string) => <code>{c}</code>,
            },
            {
              title: t("admin.jobs.lastRun"),
              key: "last",
              render: (_, j) =>
                j.lastRun ? (
                  <Space>
                    {when(j.lastRun.startedAt)}
                    <ToneTag tone={j.lastRun.ok === false ? "red" : "green"}>
                      {t(j.lastRun.ok === false ? "admin.jobs.failed" : "admin.jobs.ok")}
                    </ToneTag>
                    <Typography.Text type="secondary">
                      {JSON.stringify(j.lastRun.summary)}
                    </Typography.Text>
                  </Space>
                ) : (
                  t("admin.jobs.never")
                ),
            },
            { title: t("admin.jobs.nextRun"), dataIndex: "nextRunAt", render: when },
            {
              title: t("admin.actions"),
              key: "run",
              render: (_, j) => (
                <Button
                  size="small"
                  loading={runNow.isPending && runNow.variables?.job === j.job}
                  onClick={() => runNow.mutate({ job: j.job })}
                >
                  {t("admin.jobs.runNow")}
                </Button>
              ),
            },
          ]}
        />
      </ListStates>
      <Typography.Title level={2}>{t("admin.deliveries.title")}</Typography.Title>
      <Space className="admin-toolbar">
        <Select<Status | undefined>
          allowClear
          style={{ width: 180 }}
          aria-label={t("admin.state")}
          placeholder={t("admin.allStates")}
          value={status}
          onChange={setStatus}
          options={DELIVERY_STATUSES.map((s) => ({
            value: s,
            label: t(`admin.deliveries.status.${s}`),
          }))}
        />
      </Space>
      <ListStates query={log} empty={!log.data?.items.length}>
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={log.data?.items}
          columns={[
            { title: t("admin.deliveries.time"), dataIndex: "createdAt", render: when },
            { title: t("admin.deliveries.message"), dataIndex: "title" },
            {
              title: t("admin.deliveries.channel"),
              dataIndex: "channel",
              render: (c: string) => t(`admin.deliveries.channels.${c}`),
            },
            {
              title: t("admin.deliveries.recipient"),
              key: "to",
              render: (_, d) => `${d.recipient} · ${d.target}`,
            },
            {
              title: t("admin.deliveries.result"),
              key: "result",
              render: (_, d) => (
                <Space direction="vertical" size={0}>
                  <ToneTag tone={TONE[d.status]}>
                    {t(`admin.deliveries.status.${d.status}`)}
                  </ToneTag>
                  {d.suppressedBy && <span>{t(`admin.deliveries.rules.${d.suppressedBy}`)}</span>}
                  {d.providerAnswer && (
                    <Typography.Text type="secondary">{d.providerAnswer}</Typography.Text>
                  )}
                  {d.status === "sent"
                    ? when(d.sentAt)
                    : d.attempts > 0 && `${t("admin.deliveries.attempts")}: ${d.attempts}`}
                </Space>
              ),
            },
            {
              title: t("admin.actions"),
              key: "retry",
              render: (_, d) =>
                d.status === "failed" && (
                  <Button size="small" onClick={() => retry.mutate({ id: d.id })}>
                    {t("admin.deliveries.retry")}
                  </Button>
                ),
            },
          ]}
        />
      </ListStates>
    </section>
  );
}
