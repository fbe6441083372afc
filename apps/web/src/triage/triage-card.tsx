import type { TriageReport } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, Button, Card, Input, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLanguage } from "../i18n/use-language.ts";
import { errorMessage } from "../lib/api-error.ts";
import { formatDateTime } from "../lib/format.ts";
import { thumbnailUrl } from "../lib/photo-upload.ts";
import { useTRPC } from "../lib/trpc.ts";
import { SiteChoice } from "./site-choice.tsx";

/** One report: what came in, where, the duplicates nearby, and the decisions. */
export function TriageCard({ report, onDone }: { report: TriageReport; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const [siteId, setSiteId] = useState<string | undefined>(undefined);
  const waiting = report.status === "received";
  const nearby = useQuery({
    ...trpc.triage.nearby.queryOptions({ reportId: report.id }),
    enabled: waiting,
  });
  const options = { onSuccess: onDone };
  const accept = useMutation(trpc.triage.accept.mutationOptions(options));
  const reject = useMutation(trpc.triage.reject.mutationOptions(options));
  const merge = useMutation(trpc.triage.merge.mutationOptions(options));
  const block = useMutation(trpc.triage.block.mutationOptions());
  const failed = [accept, reject, merge, block].find((m) => m.isError)?.error;
  const place =
    report.siteName ??
    report.addressText ??
    (report.latitude !== null ? `${report.latitude}, ${report.longitude}` : "—");

  return (
    <Card
      size="small"
      className="triage-card"
      data-testid="triage-card"
      data-code={report.trackingCode}
    >
      <Space wrap size={4}>
        <Typography.Text strong>{report.trackingCode}</Typography.Text>
        <Tag>
          {report.source === "hotline"
            ? (report.systemName ?? t("triage.hotline"))
            : t("triage.citizen")}
        </Tag>
        <Tag color="blue">{report.categoryName}</Tag>
        <span className="muted">{formatDateTime(report.receivedAt, language)}</span>
      </Space>
      <p className="triage-description">{report.description}</p>
      <p className="muted">
        {[
          t("triage.placeLine", { place }),
          ...(report.mobileMasked ? [t("triage.mobileLine", { mobile: report.mobileMasked })] : []),
        ].join(" · ")}
      </p>
      {report.reopenNote !== null && (
        <Alert
          type="warning"
          showIcon
          title={t("triage.reopened", {
            note: report.reopenNote || "—",
            code: report.findingCode ?? "",
          })}
        />
      )}
      {report.rejectReason && <p>{t("triage.rejectedBecause", { reason: report.rejectReason })}</p>}
      {report.findingId && !waiting && (
        <p>
          <Link to={`/tasks/${report.findingId}`}>{report.findingCode}</Link>
        </p>
      )}
      {report.photoIds.length > 0 && (
        <ul className="triage-photos">
          {report.photoIds.map((id, i) => (
            <li key={id}>
              <a href={`/api/photos/${id}`} target="_blank" rel="noreferrer">
                <img
                  src={thumbnailUrl(id)}
                  alt={t("triage.photoN", { n: i + 1 })}
                  className="triage-thumb"
                />
              </a>
            </li>
          ))}
        </ul>
      )}
      {waiting && (
        <>
          <Typography.Title level={3} className="triage-h">
            {t("triage.nearby")}
          </Typography.Title>
          {nearby.data && nearby.data.length === 0 && (
            <p className="muted">{t("triage.noNearby")}</p>
          )}
          {nearby.data && nearby.data.length > 0 && (
            <List
              size="small"
              dataSource={nearby.data}
              data-testid="triage-nearby"
              renderItem={(n) => (
                <List.Item
                  actions={[
                    <Button
                      key="merge"
                      size="small"
                      loading={merge.isPending}
                      onClick={() => merge.mutate({ reportId: report.id, findingId: n.findingId })}
                      data-testid="triage-merge"
                    >
                      {t("triage.merge")}
                    </Button>,
                  ]}
                >
                  <span>
                    {n.distanceMeters === null
                      ? t("triage.nearbyItem", {
                          code: n.code,
                          description: n.description,
                          site: n.siteName,
                        })
                      : t("triage.nearbyItemDistance", {
                          code: n.code,
                          description: n.description,
                          site: n.siteName,
                          m: n.distanceMeters,
                        })}
                  </span>
                </List.Item>
              )}
            />
          )}
          <Space wrap className="triage-actions">
            {/* Without a choice: the report's site, else the one nearest its position. */}
            <SiteChoice value={siteId} onChange={setSiteId} />
            <Button
              type="primary"
              loading={accept.isPending}
              onClick={() => accept.mutate({ reportId: report.id, ...(siteId ? { siteId } : {}) })}
              data-testid="triage-accept"
            >
              {t("triage.accept")}
            </Button>
            <Button onClick={() => setRejecting(!rejecting)} data-testid="triage-reject">
              {t("triage.reject")}
            </Button>
            {report.hasDevice && (
              <Button
                size="small"
                onClick={() =>
                  block.mutate({
                    reportId: report.id,
                    kind: "device",
                    reason: t("triage.blockReason"),
                  })
                }
              >
                {t("triage.blockDevice")}
              </Button>
            )}
            {report.mobileMasked && (
              <Button
                size="small"
                onClick={() =>
                  block.mutate({
                    reportId: report.id,
                    kind: "mobile",
                    reason: t("triage.blockReason"),
                  })
                }
              >
                {t("triage.blockMobile")}
              </Button>
            )}
          </Space>
          {block.isSuccess && <p className="muted">{t("triage.blocked")}</p>}
          {rejecting && (
            <Space.Compact className="triage-reject">
              <Input
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                placeholder={t("triage.reasonPlaceholder")}
                aria-label={t("triage.reason")}
                maxLength={200}
              />
              <Button
                type="primary"
                disabled={!reason.trim()}
                loading={reject.isPending}
                onClick={() => reject.mutate({ reportId: report.id, reason })}
              >
                {t("triage.confirmReject")}
              </Button>
            </Space.Compact>
          )}
        </>
      )}
      {failed && <Alert type="error" showIcon title={errorMessage(failed)} />}
    </Card>
  );
}
