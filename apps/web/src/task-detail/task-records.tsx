import type { TaskDetail } from "@cw/domain";
import { Tag, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { TaskEvidence } from "./task-evidence.tsx";
import { TaskPhotos } from "./task-photos.tsx";

/** What was appended to the task: before/after photos, progress, verifications, escalations. */
export function TaskRecords({ task }: { task: TaskDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const at = (d: Date) => formatDateTime(d, language);
  return (
    <>
      <section aria-labelledby="td-photos">
        <Typography.Title level={3} id="td-photos" className="td-h">
          {t("taskDetail.photos")}
        </Typography.Title>
        <TaskEvidence evidence={task.evidence} />
      </section>
      <section aria-labelledby="td-progress" data-testid="detail-progress">
        <Typography.Title level={3} id="td-progress" className="td-h">
          {t("taskDetail.progressTitle")}
        </Typography.Title>
        {task.progress.length ? (
          <Timeline
            items={task.progress.map((p) => ({
              key: p.id,
              content: (
                <>
                  <span className="muted">{at(p.createdAt)}</span>{" "}
                  <Tag>{t(`taskDetail.progressKind.${p.kind}`, { defaultValue: p.kind })}</Tag>
                  <div>{p.note}</div>
                  <TaskPhotos photos={p.photos} label={t("taskDetail.progressTitle")} />
                </>
              ),
            }))}
          />
        ) : (
          <NoData description={t("taskDetail.noProgress")} />
        )}
      </section>
      {task.verifications.length > 0 && (
        <section aria-labelledby="td-verify" data-testid="detail-verifications">
          <Typography.Title level={3} id="td-verify" className="td-h">
            {t("taskDetail.verifications")}
          </Typography.Title>
          <Timeline
            items={task.verifications.map((v) => ({
              key: v.id,
              content: (
                <>
                  <span className="muted">{at(v.createdAt)}</span>{" "}
                  <Tag>{t(`taskDetail.result.${v.result}`, { defaultValue: v.result })}</Tag>
                  {v.comment && <div>{v.comment}</div>}
                  <TaskPhotos photos={v.photos} label={t("taskDetail.verifications")} />
                </>
              ),
            }))}
          />
        </section>
      )}
      {task.escalations.length > 0 && (
        <section aria-labelledby="td-esc" data-testid="detail-escalations">
          <Typography.Title level={3} id="td-esc" className="td-h">
            {t("taskDetail.escalations")}
          </Typography.Title>
          <Timeline
            items={task.escalations.map((e) => ({
              key: e.id,
              color: "red",
              content: (
                <>
                  <span className="muted">{at(e.issuedAt)}</span>{" "}
                  <Tag color="red">{t(`taskDetail.level.${e.level}`)}</Tag>
                  <div>{e.noticeText}</div>
                </>
              ),
            }))}
          />
        </section>
      )}
    </>
  );
}
