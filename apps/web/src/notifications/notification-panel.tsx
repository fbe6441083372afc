import type { NotificationItem } from "@cw/domain";
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { Button, Drawer, Flex, List, Segmented, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { LoadError, Loading, NoData } from "../components/query-states.tsx";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import "./notifications.css";

const PAGE = 20;

/**
 * The signed-in user's notifications, newest first, in a drawer (full width on a phone):
 * all or unread only; a tap opens the task and marks the notification read.
 */
export default function NotificationPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<"all" | "unread">("all");
  const list = useInfiniteQuery(
    trpc.notifications.list.infiniteQueryOptions(
      { limit: PAGE, ...(filter === "unread" ? { unread: true } : {}) },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notifications.pathKey() });
  const markRead = useMutation(trpc.notifications.markRead.mutationOptions({ onSuccess: refresh }));

  const open = async (n: NotificationItem) => {
    if (!n.readAt) await markRead.mutateAsync({ ids: [n.id] }).catch(() => undefined);
    onClose();
    // A file the server keeps (the weekly 通报's documents) downloads; a screen opens.
    if (n.link?.startsWith("/api/")) window.location.assign(n.link);
    else if (n.link) await navigate(n.link);
  };
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  let body: ReactNode;
  if (list.isPending) body = <Loading rows={4} />;
  else if (list.isError)
    body = <LoadError compact error={list.error} onRetry={() => void list.refetch()} />;
  else if (items.length === 0)
    body = (
      <NoData
        description={t(filter === "unread" ? "notifications.emptyUnread" : "notifications.empty")}
      />
    );
  else
    body = (
      <List
        dataSource={items}
        data-testid="notification-list"
        renderItem={(n) => (
          <List.Item className={n.readAt ? "nt-item" : "nt-item nt-unread"}>
            <button
              type="button"
              className="nt-open"
              onClick={() => void open(n)}
              data-testid="notification-item"
              data-read={n.readAt ? "true" : "false"}
            >
              <Flex justify="space-between" gap="small">
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                <Typography.Text type="secondary" className="nt-when">
                  {n.readAt ? t("notifications.read") : t("notifications.new")}
                </Typography.Text>
              </Flex>
              <div className="nt-body">{n.body}</div>
              <Typography.Text type="secondary" className="nt-when">
                {formatDateTime(n.createdAt, language)}
              </Typography.Text>
            </button>
          </List.Item>
        )}
      />
    );

  return (
    <Drawer
      open
      onClose={onClose}
      title={t("notifications.title")}
      placement="right"
      size="min(420px, 100vw)"
      className="nt-drawer"
      extra={
        <Button
          size="small"
          onClick={() => markRead.mutate({ all: true })}
          loading={markRead.isPending}
          data-testid="notification-mark-all"
        >
          {t("notifications.markAll")}
        </Button>
      }
    >
      <Segmented
        block
        value={filter}
        onChange={(v) => setFilter(v as "all" | "unread")}
        options={[
          { value: "all", label: t("notifications.all") },
          { value: "unread", label: t("notifications.unreadOnly") },
        ]}
      />
      {body}
      {list.hasNextPage && (
        <Button block onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t("notifications.more")}
        </Button>
      )}
    </Drawer>
  );
}
