import { Alert, Button, Drawer, List, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { entryLabel } from "./entry-label.ts";
import { useInspect } from "./inspect-context.ts";

/** The entries waiting on the phone and those sent, with "send now" (outbox-panel.tsx). */
export function OutboxDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { outbox, online } = useInspect();
  const count = outbox.waiting.length;
  return (
    <Drawer
      open={open}
      onClose={onClose}
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
  );
}
