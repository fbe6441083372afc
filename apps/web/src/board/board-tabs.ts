import type { ListTasksInput } from "@cw/domain";

export type BoardFilter = Pick<ListTasksInput, "status" | "timing">;

export interface BoardTab {
  key: string;
  filter: BoardFilter;
  /** The bulk action this tab offers on its selected rows. */
  bulk: "dispatch" | "escalate" | null;
}

/**
 * The board's tabs, overdue work first, then the loop's states in order; "verify" is the
 * verification queue. Each is a plain filter of tasks.list, so the counts and rows come from
 * the server's own definitions of "overdue" and of each state.
 */
export const BOARD_TABS: readonly BoardTab[] = [
  { key: "overdue", filter: { timing: "overdue" }, bulk: "escalate" },
  { key: "new", filter: { status: ["new"] }, bulk: "dispatch" },
  { key: "assigned", filter: { status: ["assigned"] }, bulk: "escalate" },
  { key: "in_progress", filter: { status: ["in_progress"] }, bulk: "escalate" },
  { key: "verify", filter: { status: ["submitted"] }, bulk: null },
  { key: "rework", filter: { status: ["returned", "partly_fixed"] }, bulk: "escalate" },
  { key: "closed", filter: { status: ["closed"] }, bulk: null },
];

export function boardTab(key: string | null): BoardTab {
  return BOARD_TABS.find((tab) => tab.key === key) ?? (BOARD_TABS[0] as BoardTab);
}
