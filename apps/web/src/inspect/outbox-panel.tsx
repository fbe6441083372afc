import { Alert, Button, Drawer, List, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { formatTimeOfDay } from "../lib/format-time.ts";
import { entryLabel } from "./entry-label.ts";
import { useInspect } from "./inspect-context.ts";

/**
 * The count of entries still on the phone, opening the list of waiting and sent entries, and
 * once all went, how many the last send delivered and when.
 */
export function OutboxPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { outbox, online } = useInspect();
  const [open, setOpen] = useState(false);
  const count = outbox.waiting.length;
  return (
    <>
      <div className="inspect-outbox">
        {/* The count is the button's own text (a badge would say it twice to screen readers). */}
        <Button
          size="large"
          type={count > 0 ? "primary" : "default"}
          onClick={() => setOpen(true)}
          data-testid="outbox-button"
          data-count={count}
        >
          {t("inspect.outbox.button", { count })}
        </Button>
        {/* Once the queue is empty again, what went and when: "sending" is never the last word. */}
        {count === 0 && outbox.lastSent && (
          <span className="inspect-sent-status" role="status" data-testid="outbox-sent">
            {t("inspect.outbox.sentAt", {
              count: outbox.lastSent.count,
              time: formatTimeOfDay(outbox.lastSent.at, language),
            })}
          </span>
        )}
      </div>
      <Drawer
        open={open}
        onClose={() => setOpen(false)}
        placement="bottom"
        size="80vh"
        title={t("inspect.outbox.title")}
      >
        {outbox.stopped && count > 0 && (
          <Alert
            type="warning"
            showIcon
            title={t(`inspect.outbox.stopped.${online ? outbox.stopped.kind : "offline"}`)}
            description={outbox.stopped.kind === "offline" ? undefined : outbox.stopped.message}
          />
        )}
        <h3>{t("inspect.outbox.waiting", { count })}</h3>
        <List
          dataSource={outbox.waiting}
          locale={{ emptyText: t("inspect.outbox.noneWaiting") }}
          renderItem={(e) => (
            <List.Item
              actions={
                e.state === "refused"
                  ? [
                      <Button key="discard" danger onClick={() => void outbox.discard(e.clientRef)}>
                        {t("inspect.outbox.discard")}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={entryLabel(t, e)}
                description={`${e.siteName} · ${formatDateTime(new Date(e.createdAt), language)}${e.error ? ` · ${e.error}` : ""}`}
              />
              {e.state === "refused" && <Tag color="red">{t("inspect.outbox.refused")}</Tag>}
            </List.Item>
          )}
        />
        <Button
          block
          size="large"
          disabled={!online || count === 0}
          loading={outbox.sending}
          onClick={outbox.sendNow}
        >
          {t("inspect.outbox.sendNow")}
        </Button>
        <h3>{t("inspect.outbox.sent")}</h3>
        <List
          dataSource={outbox.sent}
          locale={{ emptyText: t("inspect.outbox.noneSent") }}
          renderItem={(s) => (
            <List.Item>
              <List.Item.Meta
                title={s.code ? t("format.withNote", { text: s.label, note: s.code }) : s.label}
                description={`${s.siteName} · ${formatDateTime(new Date(s.sentAt), language)}`}
              />
            </List.Item>
          )}
        />
      </Drawer>
    </>
  );
}
