import { type AdminUser, ROLES, type Role } from "@cw/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Input, Select, Space, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";
import {
  activeColumn,
  activeOptions,
  EditButton,
  ListStates,
  LoadMore,
  parseActive,
} from "./list-parts.tsx";
import { useRefOptions } from "./use-admin-data.ts";
import { ResetPasswordModal, UserFormModal } from "./user-form-modal.tsx";

export function UsersTab() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refs = useRefOptions();
  const [role, setRole] = useState<Role | "">("");
  const [unitId, setUnitId] = useState("");
  const [active, setActive] = useState("");
  const [text, setText] = useState("");
  const [editing, setEditing] = useState<AdminUser | "new" | null>(null);
  const [resetting, setResetting] = useState<AdminUser | null>(null);
  const list = useInfiniteQuery(
    trpc.users.list.infiniteQueryOptions(
      {
        role: role || undefined,
        unitId: unitId || undefined,
        active: parseActive(active),
        text: text || undefined,
        limit: 50,
      },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  );
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section aria-label={t("admin.tabs.users")}>
      <Space wrap className="admin-toolbar">
        <Input.Search
          aria-label={t("admin.search")}
          placeholder={t("admin.userSearch")}
          allowClear
          onSearch={setText}
          style={{ width: 220 }}
        />
        <Select
          aria-label={t("admin.user.role")}
          value={role}
          onChange={setRole}
          style={{ width: 150 }}
          options={[
            { value: "", label: t("admin.allRoles") },
            ...ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
          ]}
        />
        <Select
          aria-label={t("admin.user.unit")}
          value={unitId}
          onChange={setUnitId}
          style={{ width: 200 }}
          showSearch={{ optionFilterProp: "label" }}
          options={[{ value: "", label: t("admin.allUnits") }, ...refs.units]}
        />
        <Select
          aria-label={t("admin.state")}
          value={active}
          onChange={setActive}
          style={{ width: 110 }}
          options={activeOptions(t)}
        />
        <Button type="primary" onClick={() => setEditing("new")}>
          {t("admin.user.create")}
        </Button>
      </Space>
      <ListStates query={list} empty={rows.length === 0}>
        <Table<AdminUser>
          rowKey="id"
          size="small"
          dataSource={rows}
          pagination={false}
          scroll={{ x: "max-content" }}
          columns={[
            { title: t("admin.user.username"), dataIndex: "username" },
            { title: t("admin.user.displayName"), dataIndex: "displayName" },
            { title: t("admin.user.phone"), dataIndex: "phone" },
            { title: t("admin.user.role"), dataIndex: "role", render: (r: Role) => t(`role.${r}`) },
            { title: t("admin.user.unit"), dataIndex: "unitName" },
            activeColumn(t),
            {
              title: t("admin.actions"),
              key: "actions",
              render: (_, user) => (
                <Space>
                  <EditButton name={user.username} onClick={() => setEditing(user)} />
                  <Button
                    size="small"
                    onClick={() => setResetting(user)}
                    aria-label={`${t("admin.user.resetPassword")} ${user.username}`}
                  >
                    {t("admin.user.resetPassword")}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
        <LoadMore
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onClick={() => void list.fetchNextPage()}
        />
      </ListStates>
      {editing && (
        <UserFormModal
          user={editing === "new" ? null : editing}
          unitOptions={refs.units}
          onClose={() => setEditing(null)}
        />
      )}
      {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
    </section>
  );
}
