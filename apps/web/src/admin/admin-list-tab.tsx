import { Button, Space, Table, type TableProps } from "antd";
import type { ColumnsType } from "antd/es/table";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { activeColumn, EditButton, ListStates, LoadMore } from "./list-parts.tsx";

/**
 * The skeleton every admin list tab shares: a toolbar (the tab's filters, its create button,
 * its other tools), the list with its loading, error and empty states, the tab's columns
 * followed by the state column and the row actions (edit, then the tab's own), "load more"
 * for paged lists, and the tab's dialogs. A tab declares only its columns, form and calls.
 */
export function AdminListTab<T extends object>({
  label,
  createLabel,
  onCreate,
  filters,
  tools,
  list,
  rowKey,
  columns,
  rowName,
  onEdit,
  rowActions,
  expandable,
  withState = true,
  children,
}: {
  label: string;
  createLabel: string;
  onCreate: () => void;
  filters?: ReactNode;
  tools?: ReactNode;
  list: AdminList<T>;
  rowKey: keyof T & string;
  columns: ColumnsType<T>;
  /** What the edit button says it edits, for screen readers. */
  rowName: (row: T) => string;
  onEdit: (row: T) => void;
  rowActions?: (row: T) => ReactNode;
  expandable?: TableProps<T>["expandable"];
  /** The active/inactive column; off for records that are never deactivated (grids). */
  withState?: boolean;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const actions = (row: T) => {
    const edit = <EditButton name={rowName(row)} onClick={() => onEdit(row)} />;
    return rowActions ? (
      <Space>
        {edit}
        {rowActions(row)}
      </Space>
    ) : (
      edit
    );
  };
  return (
    <section aria-label={label}>
      <Space wrap className="admin-toolbar">
        {filters}
        <Button type="primary" onClick={onCreate}>
          {createLabel}
        </Button>
        {tools}
      </Space>
      <ListStates query={list.query} empty={list.rows.length === 0}>
        <Table<T>
          rowKey={rowKey}
          size="small"
          dataSource={list.rows}
          pagination={false}
          expandable={expandable}
          scroll={{ x: "max-content" }}
          columns={[
            ...columns,
            ...(withState ? [activeColumn(t)] : []),
            { title: t("admin.actions"), key: "actions", render: (_, row) => actions(row) },
          ]}
        />
        {list.more && <LoadMore {...list.more} />}
      </ListStates>
      {children}
    </section>
  );
}

/** The rows a tab shows and the query behind them; `more` when the list is paged. */
export interface AdminList<T> {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  rows: T[];
  more?: { hasMore: boolean; loading: boolean; onClick: () => void };
}

/** A whole list read at once (units, site types, categories). */
export function wholeList<T>(
  query: AdminList<T>["query"] & { data: T[] | undefined },
  rows: T[] = query.data ?? [],
): AdminList<T> {
  return { query, rows };
}

/** A cursor-paged list (users, sites): its pages as rows, one more page per click. */
export function pagedList<T>(
  query: AdminList<T>["query"] & {
    data: { pages: { items: T[] }[] } | undefined;
    hasNextPage: boolean;
    isFetchingNextPage: boolean;
    fetchNextPage: () => unknown;
  },
): AdminList<T> {
  return {
    query,
    rows: query.data?.pages.flatMap((page) => page.items) ?? [],
    more: {
      hasMore: query.hasNextPage,
      loading: query.isFetchingNextPage,
      onClick: () => void query.fetchNextPage(),
    },
  };
}

/** Which row the tab's dialog edits: none (closed), a new one, or an existing row. */
export function useEditing<T>() {
  const [editing, setEditing] = useState<T | "new" | null>(null);
  return {
    open: editing !== null,
    /** The row being edited; null while creating. */
    current: editing === "new" ? null : editing,
    create: () => setEditing("new"),
    edit: (row: T) => setEditing(row),
    close: () => setEditing(null),
  };
}
