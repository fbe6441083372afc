import type { ComponentType } from "react";
import { ensureScreenMessages } from "../i18n/i18n.ts";

// biome-ignore lint/suspicious/noExplicitAny: a route passes each screen its own props.
type Screen = { default: ComponentType<any> };
/** Whether the screen needs the screens' texts beyond the core catalogue; whether it is drawn
 * with antd (the phone screens' first screens are plain markup: decision 0033). */
type Needs = { texts: boolean; antd: boolean };
const ANTD = { texts: true, antd: true };

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
    { texts: false, antd: true },
  ],
  tasks: [() => import("../tasks/task-list-page.tsx"), ANTD],
  "task-detail": [() => import("../task-detail/task-detail-page.tsx"), ANTD],
  board: [() => import("../board/board-page.tsx"), ANTD],
  unit: [() => import("../unit/unit-page.tsx"), { texts: true, antd: false }],
  inspect: [() => import("../inspect/inspect-page.tsx"), { texts: true, antd: false }],
  verify: [() => import("../verify/verify-page.tsx"), ANTD],
  assessment: [() => import("../assessment/assessment-page.tsx"), ANTD],
  admin: [() => import("../admin/admin-page.tsx"), ANTD],
  map: [() => import("../map/map-page.tsx"), ANTD],
  documents: [() => import("../documents/documents-page.tsx"), ANTD],
  "notice-print": [() => import("../documents/notice-print-page.tsx"), ANTD],
  account: [() => import("../account/account-page.tsx"), ANTD],
  triage: [() => import("../triage/triage-page.tsx"), ANTD],
} satisfies Record<string, [() => Promise<Screen>, Needs]>;

export type ScreenName = keyof typeof SCREENS;

/** A screen's code and, where it needs them, the screens' texts; a module is fetched once. */
export function loadScreen(name: ScreenName): Promise<Screen> {
  const [load, needs] = SCREENS[name];
  return Promise.all([load(), needs.texts ? ensureScreenMessages() : undefined]).then(([m]) => m);
}

/** Whether the screen is drawn with antd, under its provider (lazy-with-antd.tsx). */
export const usesAntd = (name: ScreenName): boolean => SCREENS[name][1].antd;

/** The screen an address opens first: `/tasks/F1` is the task's detail, not the list. */
export function screenAt(pathname: string): ScreenName | undefined {
  const [, first = "", second] = pathname.split("/");
  if (first === "tasks" && second) return "task-detail";
  if (first === "documents" && second === "notice-print") return "notice-print";
  return Object.hasOwn(SCREENS, first) ? (first as ScreenName) : undefined;
}
