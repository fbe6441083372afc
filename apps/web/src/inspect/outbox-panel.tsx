import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { lazyWithAntd } from "../app/lazy-with-antd.tsx";
import { PlainButton } from "../components/plain-controls.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatTimeOfDay } from "../lib/format-time.ts";
import { useInspect } from "./inspect-context.ts";

const OutboxDrawer = lazyWithAntd(() => import("./outbox-drawer.tsx").then((m) => m.OutboxDrawer));

/**
 * The count of entries still on the phone, opening the list of waiting and sent entries, and
 * once all went, how many the last send delivered and when.
 */
export function OutboxPanel() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { outbox } = useInspect();
  const [open, setOpen] = useState(false);
  // Stays mounted once opened, so the drawer closes with its animation.
  const [opened, setOpened] = useState(false);
  const count = outbox.waiting.length;
  return (
    <>
      <div className="inspect-outbox">
        {/* The count is the button's own text (a badge would say it twice to screen readers). */}
        <PlainButton
          large
          kind={count > 0 ? "primary" : "default"}
          onClick={() => {
            setOpened(true);
            setOpen(true);
          }}
          data-testid="outbox-button"
          data-count={count}
        >
          {t("inspect.outbox.button", { count })}
        </PlainButton>
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
      {/* The list's code (antd's Drawer, List, Tag) loads when first opened (issue 15). */}
      {opened && (
        <Suspense fallback={null}>
          <OutboxDrawer open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
