import type { ComponentType } from "react";
import { ensureScreenMessages } from "../i18n/i18n.ts";

// biome-ignore lint/suspicious/noExplicitAny: a route passes each screen its own props.
type Screen = { default: ComponentType<any> };

/**
 * Each screen's code, by the address's first part, with its texts where the core catalogue
 * lacks them. One table for the router's lazy screens (app-routes.tsx) and for the first load
 * (app.tsx): a reload or a bookmark fetches its screen beside the router and antd, not after
 * them (issue 11: the overview's code arrived in three steps, ~0.9 s before its charts could
 * draw). A table of import thunks costs the sign-in page a few hundred bytes.
 */
const SCREENS = {
  // The overview's texts are in the core catalogue.
  overview: [
    () => import("../overview/overview-page.tsx").then((m) => ({ default: m.OverviewPage })),
    false,
  ],
  tasks: [() => import("../tasks/task-list-page.tsx"), true],
  "task-detail": [() => import("../task-detail/task-detail-page.tsx"), true],
  board: [() => import("../board/board-page.tsx"), true],
  unit: [() => import("../unit/unit-page.tsx"), true],
  inspect: [() => import("../inspect/inspect-page.tsx"), true],
  verify: [() => import("../verify/verify-page.tsx"), true],
  assessment: [() => import("../assessment/assessment-page.tsx"), true],
  admin: [() => import("../admin/admin-page.tsx"), true],
  map: [() => import("../map/map-page.tsx"), true],
  documents: [() => import("../documents/documents-page.tsx"), true],
  "notice-print": [() => import("../documents/notice-print-page.tsx"), true],
  account: [() => import("../account/account-page.tsx"), true],
  triage: [() => import("../triage/triage-page.tsx"), true],
} satisfies Record<string, [() => Promise<Screen>, boolean]>;

export type ScreenName = keyof typeof SCREENS;

/** A screen's code and, where it needs them, the screens' texts; a module is fetched once. */
export function loadScreen(name: ScreenName): Promise<Screen> {
  const [load, texts] = SCREENS[name];
  return Promise.all([load(), texts ? ensureScreenMessages() : undefined]).then(([m]) => m);
}

/** The screen an address opens first: `/tasks/F1` is the task's detail, not the list. */
export function screenAt(pathname: string): ScreenName | undefined {
  const [, first = "", second] = pathname.split("/");
  if (first === "tasks" && second) return "task-detail";
  if (first === "documents" && second === "notice-print") return "notice-print";
  return Object.hasOwn(SCREENS, first) ? (first as ScreenName) : undefined;
}
