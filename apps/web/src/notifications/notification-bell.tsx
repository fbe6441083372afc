import { useQuery } from "@tanstack/react-query";
import { Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { lazyWithAntd } from "../app/lazy-with-antd.tsx";
import { ensureScreenMessages } from "../i18n/i18n.ts";
import { useTRPC } from "../lib/trpc.ts";

// The list and its drawer (and their texts, in the screens catalogue) are fetched when first
// opened: the bell stays light on every first load.
const NotificationPanel = lazyWithAntd(() =>
  Promise.all([import("./notification-panel.tsx"), ensureScreenMessages()]).then(
    ([module]) => module.default,
  ),
);

/** How often the badge asks for the unread count (and again whenever the window regains focus). */
export const UNREAD_POLL_MS = 60_000;

/** The top bar's bell for every role: the unread count, and the list of one's notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const count = useQuery({
    ...trpc.notifications.unreadCount.queryOptions(),
    refetchInterval: UNREAD_POLL_MS,
    // The app caches answers for 30 s; the count is asked again whenever the window comes back.
    refetchOnWindowFocus: "always",
  });
  const unread = count.data?.unread ?? 0;
  const label =
    unread > 0
      ? `${t("notifications.bell")}: ${t("notifications.unread", { count: unread })}`
      : t("notifications.bell");
  return (
    <>
      <button
        type="button"
        className="bell"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => setOpen(true)}
        data-testid="notification-bell"
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 && (
          <span className="bell-count" data-testid="notification-count">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </button>
      {open && (
        <Suspense fallback={null}>
          <NotificationPanel onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
