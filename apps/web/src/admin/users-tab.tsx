import { type AdminUser, ROLES, type Role } from "@cw/domain";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Button, Input, Select, Tag } from "antd";
import { lazy, Suspense, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";
import { AdminListTab, pagedList, useEditing } from "./admin-list-tab.tsx";
import { activeOptions, parseActive } from "./list-parts.tsx";
import { useRefOptions } from "./use-admin-data.ts";

// The forms load when one opens: the admin's first screen is this list (issue 15).
const UserFormModal = lazy(() =>
  import("./user-form-modal.tsx").then((m) => ({ default: m.UserFormModal })),
);
const ResetPasswordModal = lazy(() =>
  import("./user-form-modal.tsx").then((m) => ({ default: m.ResetPasswordModal })),
);

export function UsersTab() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refs = useRefOptions();
  const [role, setRole] = useState<Role | "">("");
  const [unitId, setUnitId] = useState("");
  const [active, setActive] = useState("");
  const [text, setText] = useState("");
  const editing = useEditing<AdminUser>();
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
  const filters = (
    <>
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
    </>
  );
  return (
    <AdminListTab<AdminUser>
      label={t("admin.tabs.users")}
      createLabel={t("admin.user.create")}
      onCreate={editing.create}
      filters={filters}
      list={pagedList(list)}
      rowKey="id"
      columns={[
        {
          title: t("admin.user.username"),
          dataIndex: "username",
          // The demo city's accounts share a published password: marked so none passes as real.
          render: (username: string, user) => (
            <>
              {username}{" "}
              {user.isDemo && <Tag data-testid="demo-account">{t("admin.user.demo")}</Tag>}
            </>
          ),
        },
        { title: t("admin.user.displayName"), dataIndex: "displayName" },
        { title: t("admin.user.phone"), dataIndex: "phone" },
        { title: t("admin.user.role"), dataIndex: "role", render: (r: Role) => t(`role.${r}`) },
        { title: t("admin.user.unit"), dataIndex: "unitName" },
      ]}
      rowName={(user) => user.username}
      onEdit={editing.edit}
      rowActions={(user) => (
        <Button
          size="small"
          onClick={() => setResetting(user)}
          aria-label={`${t("admin.user.resetPassword")} ${user.username}`}
        >
          {t("admin.user.resetPassword")}
        </Button>
      )}
    >
      <Suspense fallback={null}>
        {editing.open && (
          <UserFormModal user={editing.current} unitOptions={refs.units} onClose={editing.close} />
        )}
        {resetting && <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />}
      </Suspense>
    </AdminListTab>
  );
}
