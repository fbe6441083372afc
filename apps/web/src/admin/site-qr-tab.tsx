import { useQuery } from "@tanstack/react-query";
import { Button, Input, Space, Typography } from "antd";
import QRCode from "qrcode";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useTRPC } from "../lib/trpc.ts";

/** The address a site's QR code opens: the public report page with the site chosen. */
export const reportUrlFor = (siteId: string) =>
  `${location.origin}/report?site=${encodeURIComponent(siteId)}`;

/**
 * A printable sheet of QR codes, one per site (decision 0026), for posting at campaign sites:
 * each opens /report with the site preselected. Drawn in the browser with `qrcode`.
 */
export function SiteQrTab() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const sites = useQuery(
    trpc.sites.list.queryOptions({ active: true, limit: 200, ...(text ? { text } : {}) }),
  );
  return (
    <div className="qr-tab">
      <Space className="qr-toolbar" wrap>
        <Input.Search
          allowClear
          placeholder={t("admin.qr.search")}
          onSearch={(value) => setText(value.trim())}
          style={{ width: 260 }}
        />
        <Button type="primary" onClick={() => window.print()}>
          {t("admin.qr.print")}
        </Button>
      </Space>
      <Typography.Paragraph className="muted qr-toolbar">{t("admin.qr.hint")}</Typography.Paragraph>
      {sites.isPending && <Loading />}
      {sites.isError && <LoadError error={sites.error} onRetry={() => void sites.refetch()} />}
      {sites.data && sites.data.items.length === 0 && <NoData />}
      {sites.data && (
        <ul className="qr-sheet" data-testid="qr-sheet">
          {sites.data.items.map((site) => (
            <li key={site.id} className="qr-card">
              <SiteQr url={reportUrlFor(site.id)} label={site.name} />
              <strong>{site.name}</strong>
              <span className="muted">{site.address}</span>
              <span>{t("admin.qr.caption")}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SiteQr({ url, label }: { url: string; label: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: "svg", margin: 1, errorCorrectionLevel: "M" }).then(
      (markup) => live && setSvg(markup),
    );
    return () => {
      live = false;
    };
  }, [url]);
  if (!svg) return <div className="qr-code" />;
  return (
    <img
      className="qr-code"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={label}
      data-url={url}
    />
  );
}
