import type { TaskDetail } from "@cw/domain";
import { Alert, Tag, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";

const STATUS_COLOR = { pending: "gold", approved: "green", refused: "red", lapsed: "default" };

/** 申请延期 on this task: what the unit asked for and why, and what the coordinator decided. */
export function TaskExtensions({ requests }: { requests: TaskDetail["extensionRequests"] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (requests.length === 0) return null;
  return (
    <section aria-labelledby="td-ext" data-testid="detail-extensions">
      <Typography.Title level={3} id="td-ext" className="td-h">
        {t("taskDetail.extensions")}
      </Typography.Title>
      <Timeline
        items={requests.map((r) => ({
          key: r.id,
          content: (
            <div data-testid="extension-request" data-status={r.status}>
              <span className="muted">{formatDateTime(r.requestedAt, language)}</span>{" "}
              <Tag color={STATUS_COLOR[r.status]}>
                {t(`taskDetail.extension.status.${r.status}`)}
              </Tag>
              <div>
                {t("taskDetail.extension.asked", {
                  who: r.requestedBy,
                  date: r.proposedDeadline,
                  previous: r.previousDeadline ?? "—",
                })}
              </div>
              <div>{r.reason}</div>
              {r.decidedAt && (
                <div className="muted">
                  {t("taskDetail.extension.decided", {
                    who: r.decidedBy ?? "",
                    when: formatDateTime(r.decidedAt, language),
                  })}
                  {r.grantedDeadline &&
                    ` · ${t("taskDetail.extension.granted", { date: r.grantedDeadline })}`}
                  {r.decisionNote && ` · ${r.decisionNote}`}
                </div>
              )}
            </div>
          ),
        }))}
      />
    </section>
  );
}

/** While pushed back: which unit said the task is not its own, and why (the coordinator decides). */
export function PushedBackNote({ pushedBack }: { pushedBack: TaskDetail["pushedBack"] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (!pushedBack) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="pushed-back-note"
      title={t("taskDetail.pushedBack", {
        unit: pushedBack.unit.name,
        when: formatDateTime(pushedBack.at, language),
        reason: pushedBack.reason,
      })}
    />
  );
}
