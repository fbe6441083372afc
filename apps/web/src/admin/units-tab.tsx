import type { UnitOutput } from "@cw/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Button, Popconfirm } from "antd";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../lib/trpc.ts";
import { AdminListTab, useEditing, wholeList } from "./admin-list-tab.tsx";
import { UnitFormModal } from "./unit-form-modal.tsx";
import { useRefresh } from "./use-admin-data.ts";

type UnitNode = UnitOutput & { children?: UnitNode[] };

/** Units under their parents; a unit whose parent is missing is shown at the top. */
function toTree(units: UnitOutput[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>(units.map((u) => [u.id, { ...u }]));
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (!parent) roots.push(node);
    else if (parent.children) parent.children.push(node);
    else parent.children = [node];
  }
  return roots;
}

const person = (name: string | null, phone: string | null) =>
  [name, phone].filter(Boolean).join(" · ") || "—";

export function UnitsTab() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useRefresh();
  const units = useQuery(trpc.units.list.queryOptions({}));
  const update = useMutation(
    trpc.units.update.mutationOptions({ onSuccess: () => refresh("units") }),
  );
  const editing = useEditing<UnitOutput>();
  return (
    <AdminListTab<UnitNode>
      label={t("admin.tabs.units")}
      createLabel={t("admin.unit.create")}
      onCreate={editing.create}
      list={wholeList(units, toTree(units.data ?? []))}
      rowKey="id"
      expandable={{ defaultExpandAllRows: true }}
      columns={[
        { title: t("admin.unit.name"), dataIndex: "name" },
        { title: t("admin.code"), dataIndex: "code" },
        {
          title: t("admin.unit.kind"),
          dataIndex: "kind",
          render: (k: string) => t(`admin.unitKind.${k}`),
        },
        {
          title: t("admin.unit.head"),
          key: "head",
          render: (_, u) =>
            u.contacts
              .filter((c) => c.role === "head")
              .map((c) => person(c.name, c.mobile))
              .join(t("format.listSeparator")) || "—",
        },
        {
          title: t("admin.unit.liaison"),
          key: "liaison",
          render: (_, u) =>
            u.contacts
              .filter((c) => c.role === "liaison")
              .map((c) => person(c.name, c.mobile))
              .join(t("format.listSeparator")) || "—",
        },
      ]}
      rowName={(u) => u.name}
      onEdit={editing.edit}
      rowActions={(u) => (
        <Popconfirm
          title={u.active ? t("admin.confirmDeactivate") : t("admin.confirmReactivate")}
          okText={t("admin.confirm")}
          cancelText={t("admin.cancel")}
          onConfirm={() => update.mutateAsync({ id: u.id, active: !u.active })}
        >
          <Button
            size="small"
            danger={u.active}
            aria-label={`${u.active ? t("admin.deactivate") : t("admin.reactivate")} ${u.name}`}
          >
            {u.active ? t("admin.deactivate") : t("admin.reactivate")}
          </Button>
        </Popconfirm>
      )}
    >
      {editing.open && (
        <UnitFormModal unit={editing.current} units={units.data ?? []} onClose={editing.close} />
      )}
    </AdminListTab>
  );
}
