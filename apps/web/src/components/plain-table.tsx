import { type HTMLAttributes, type ReactNode, useEffect, useRef } from "react";
import { LoadingSkeleton } from "../app/boot.tsx";
import "./plain-table.css";

export interface PlainColumn<T> {
  key: string;
  title: ReactNode;
  /** In pixels; the other columns share what is left. */
  width?: number;
  /** One line, cut with an ellipsis, the whole text on hover. */
  ellipsis?: (row: T) => string;
  render?: (row: T) => ReactNode;
}

export interface PlainSelection<T> {
  selectedKeys: readonly string[];
  onChange: (rows: T[]) => void;
  allLabel: string;
  rowLabel: (row: T) => string;
}

/**
 * A list's table in plain markup, drawn as antd 6 draws its middle-sized Table (plain-table.css),
 * with the row selection the board's bulk actions need: the coordinator's first screen loads no
 * antd Table (~60 kB with its spinner and checkbox, issue 15). Rows are given, not paged here:
 * the caller pages by cursor and shows "load more" under it.
 */
export function PlainTable<T>({
  columns,
  rows,
  rowKey,
  pending,
  empty,
  selection,
  rowProps,
}: {
  columns: readonly PlainColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  pending: boolean;
  empty: ReactNode;
  selection?: PlainSelection<T>;
  rowProps?: (row: T) => HTMLAttributes<HTMLTableRowElement>;
}) {
  const selected = new Set(selection?.selectedKeys);
  const span = columns.length + (selection ? 1 : 0);
  const toggle = (row: T, on: boolean) =>
    selection?.onChange(
      rows.filter((r) => (rowKey(r) === rowKey(row) ? on : selected.has(rowKey(r)))),
    );
  return (
    <table className="plain-table" aria-busy={pending || undefined}>
      <colgroup>
        {selection && <col className="plain-table-select-col" />}
        {columns.map((c) => (
          <col key={c.key} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {selection && (
            <th className="plain-table-select">
              <SelectAll rows={rows} rowKey={rowKey} selected={selected} selection={selection} />
            </th>
          )}
          {columns.map((c) => (
            <th key={c.key} scope="col">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const key = rowKey(row);
          const on = selected.has(key);
          return (
            <tr key={key} className={on ? "plain-table-selected" : undefined} {...rowProps?.(row)}>
              {selection && (
                <td className="plain-table-select">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) => toggle(row, e.target.checked)}
                    aria-label={selection.rowLabel(row)}
                  />
                </td>
              )}
              {columns.map((c) => {
                const text = c.ellipsis?.(row);
                return (
                  <td
                    key={c.key}
                    className={text ? "plain-table-ellipsis" : undefined}
                    title={text}
                  >
                    {c.render ? c.render(row) : text}
                  </td>
                );
              })}
            </tr>
          );
        })}
        {rows.length === 0 && (
          <tr>
            <td colSpan={span} className="plain-table-placeholder">
              {pending ? <LoadingSkeleton /> : empty}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

function SelectAll<T>({
  rows,
  rowKey,
  selected,
  selection,
}: {
  rows: readonly T[];
  rowKey: (row: T) => string;
  selected: ReadonlySet<string>;
  selection: PlainSelection<T>;
}) {
  const ref = useRef<HTMLInputElement>(null);
  const count = rows.filter((r) => selected.has(rowKey(r))).length;
  const all = rows.length > 0 && count === rows.length;
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = count > 0 && !all;
  }, [count, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={all}
      disabled={rows.length === 0}
      onChange={(e) => selection.onChange(e.target.checked ? [...rows] : [])}
      aria-label={selection.allLabel}
    />
  );
}
