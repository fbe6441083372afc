import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Button } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";
import { knownInspection } from "../offline/todays-inspection.ts";
import { SiteOpenFindings } from "../verify/site-open-findings.tsx";
import { ChecklistItem } from "./checklist-item.tsx";
import type { ChecklistItemView, CheckResult } from "./checklist-types.ts";
import { EntryForm, type EntryValues } from "./entry-form.tsx";
import { useInspect } from "./inspect-context.ts";
import { useRecorder } from "./use-recorder.ts";

type Mode = { kind: "list" } | { kind: "fail"; item: ChecklistItemView } | { kind: "free" };

/** Step two: at the site, walk its checklist and record findings. */
export function SiteView() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const { siteId = "" } = useParams();
  const passedName = (useLocation().state as { siteName?: string } | null)?.siteName;
  const { user, outbox, online } = useInspect();
  const [mode, setMode] = useState<Mode>({ kind: "list" });
  // Results shown are today's inspection's; before it exists, nothing is answered yet.
  const inspectionId = knownInspection(user.id, siteId);
  const checklist = useQuery({
    ...trpc.fieldChecks.checklist.queryOptions({ siteId, inspectionId }),
    // Once today's inspection exists the key changes: keep the list on screen meanwhile.
    placeholderData: keepPreviousData,
  });
  const siteName = checklist.data?.site.name ?? passedName ?? "";
  const { notice, answer, saveFailure, saveFinding } = useRecorder(siteId, siteName);

  const waiting = new Map<string, CheckResult>();
  for (const e of outbox.waiting) {
    if (e.siteId === siteId && e.check) waiting.set(e.check.standardId, e.check.result);
  }
  const current = (item: ChecklistItemView) =>
    waiting.get(item.standardId) ?? (inspectionId ? item.latest?.result : undefined);

  const close = () => setMode({ kind: "list" });
  const onAnswer = (item: ChecklistItemView, result: CheckResult) =>
    result === "fail" ? setMode({ kind: "fail", item }) : void answer(item, result);

  return (
    <section aria-labelledby="inspect-site-title">
      <Link to="/inspect" className="inspect-back">
        {t("inspect.changeSite")}
      </Link>
      <h2 id="inspect-site-title">{siteName || t("inspect.site")}</h2>
      {checklist.data && <p className="inspect-site-meta">{checklist.data.site.siteTypeName}</p>}
      {notice && (
        <Alert
          role="status"
          type={notice.queued ? "warning" : "success"}
          showIcon
          title={notice.text}
          className="inspect-notice"
        />
      )}
      {mode.kind === "fail" ? (
        <EntryForm
          title={t("inspect.failTitle", { code: mode.item.code })}
          free={false}
          onCancel={close}
          onSave={(values: EntryValues) => {
            void saveFailure(mode.item, values);
            close();
          }}
        />
      ) : mode.kind === "free" ? (
        <EntryForm
          title={t("inspect.freeTitle")}
          free
          onCancel={close}
          onSave={(values: EntryValues) => {
            void saveFinding(values);
            close();
          }}
        />
      ) : (
        <Button
          size="large"
          type="primary"
          block
          className="inspect-free-button"
          onClick={() => setMode({ kind: "free" })}
        >
          {t("inspect.recordFinding")}
        </Button>
      )}
      {online && <SiteOpenFindings siteId={siteId} />}
      <h3>{t("inspect.checklist")}</h3>
      {checklist.isPending && checklist.fetchStatus === "paused" ? (
        <Alert type="warning" showIcon title={t("inspect.checklistOffline")} />
      ) : checklist.isPending ? (
        <Loading />
      ) : checklist.isError ? (
        <LoadError error={checklist.error} onRetry={() => void checklist.refetch()} compact />
      ) : checklist.data.items.length === 0 ? (
        <NoData description={t("inspect.noStandards")} />
      ) : (
        <ul className="inspect-checklist" aria-label={t("inspect.checklist")}>
          {checklist.data.items.map((item) => (
            <ChecklistItem
              key={item.standardId}
              item={item}
              current={current(item)}
              waiting={waiting.has(item.standardId)}
              onAnswer={(result) => onAnswer(item, result)}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
