// The router's screens as data, with no imports: the browser's loaders (screen-code.ts) and the
// build's first-load pages (scripts/route-pages.ts) read the same table.

/** A screen's module under src/, whether it needs the screens' texts beyond the core
 * catalogue, and whether it is drawn with antd (the phone screens' first screens are plain
 * markup: decision 0033). */
export interface ScreenNeeds {
  module: string;
  texts: boolean;
  antd: boolean;
}

export const SCREEN_TABLE = {
  // The overview's texts are in the core catalogue.
  overview: { module: "overview/overview-page.tsx", texts: false, antd: true },
  tasks: { module: "tasks/task-list-page.tsx", texts: true, antd: true },
  "task-detail": { module: "task-detail/task-detail-page.tsx", texts: true, antd: true },
  board: { module: "board/board-page.tsx", texts: true, antd: true },
  unit: { module: "unit/unit-page.tsx", texts: true, antd: false },
  inspect: { module: "inspect/inspect-page.tsx", texts: true, antd: false },
  verify: { module: "verify/verify-page.tsx", texts: true, antd: true },
  assessment: { module: "assessment/assessment-page.tsx", texts: true, antd: true },
  admin: { module: "admin/admin-page.tsx", texts: true, antd: true },
  map: { module: "map/map-page.tsx", texts: true, antd: true },
  documents: { module: "documents/documents-page.tsx", texts: true, antd: true },
  "notice-print": { module: "documents/notice-print-page.tsx", texts: true, antd: true },
  account: { module: "account/account-page.tsx", texts: true, antd: true },
  triage: { module: "triage/triage-page.tsx", texts: true, antd: true },
} as const satisfies Record<string, ScreenNeeds>;

export type ScreenName = keyof typeof SCREEN_TABLE;

/** The screen an address opens first: `/tasks/F1` is the task's detail, not the list. */
export function screenAt(pathname: string): ScreenName | undefined {
  const [, first = "", second] = pathname.split("/");
  if (first === "tasks" && second) return "task-detail";
  if (first === "documents" && second === "notice-print") return "notice-print";
  return Object.hasOwn(SCREEN_TABLE, first) ? (first as ScreenName) : undefined;
}
