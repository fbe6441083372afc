import { SECURITY_EVENT_KINDS, type SecurityEventKind } from "@cw/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Input, Select, Space, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLanguage } from "../i18n/use-language.ts";
import { formatDateTime } from "../lib/format.ts";
import { useTRPC } from "../lib/trpc.ts";
import { ListStates, LoadMore } from "./list-parts.tsx";

interface SecurityEventRow {
  id: string;
  at: Date;
  kind: SecurityEventKind;
  username: string;
  address: string | null;
}

/** The security log: sign-ins, failures, lockouts, newest first (admins only). */
export function SecurityLogTab() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const trpc = useTRPC();
  const [kind, setKind] = useState<SecurityEventKind | "">("");
  const [username, setUsername] = useState("");
  const list = useInfiniteQuery(
    trpc.securityLog.list.infiniteQueryOptions(
      { kind: kind || undefined, username: username.trim() || undefined, limit: 50 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows: SecurityEventRow[] = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-label={t("admin.tabs.security")}>
      <Space wrap className="admin-toolbar">
        <Select
          aria-label={t("admin.security.kind")}
          value={kind}
          onChange={setKind}
          style={{ minWidth: 180 }}
          options={[
            { value: "", label: t("admin.security.allKinds") },
            ...SECURITY_EVENT_KINDS.map((k) => ({
              value: k,
              label: t(`admin.security.kinds.${k}`),
            })),
          ]}
        />
        <Input.Search
          aria-label={t("admin.security.username")}
          placeholder={t("admin.security.username")}
          allowClear
          onSearch={setUsername}
          style={{ width: 220 }}
        />
      </Space>
      <ListStates query={list} empty={rows.length === 0}>
        <Table<SecurityEventRow>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              title: t("admin.security.at"),
              dataIndex: "at",
              render: (at: Date) => formatDateTime(at, language),
            },
            {
              title: t("admin.security.kind"),
              dataIndex: "kind",
              render: (k: SecurityEventKind) => t(`admin.security.kinds.${k}`),
            },
            { title: t("admin.security.username"), dataIndex: "username" },
            { title: t("admin.security.address"), dataIndex: "address" },
          ]}
        />
        <LoadMore
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        />
      </ListStates>
    </section>
  );
}
