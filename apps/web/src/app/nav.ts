import type { Role } from "@cw/domain";

// The API's READ_ALL_ROLES, written out so the first load needs no runtime code from
// @cw/domain (it would bring zod); `satisfies` fails the type check if the two drift apart.
const READ_ALL_ROLES = [
  "admin",
  "coordinator",
  "inspector",
  "leader",
] as const satisfies typeof import("@cw/domain").READ_ALL_ROLES;

export interface Screen {
  path: string;
  /** i18n key of its title, in the menu and on the page. */
  titleKey: string;
  /** Who may open it (the API enforces the same on every call). */
  roles: readonly Role[];
  /** Who sees it in the navigation: each role gets the few screens of its daily work. */
  navFor: readonly Role[];
}

// The overview may be opened by every role the dashboard API admits, but is only "home" for
// leaders and coordinators; every other role lands on its own screen (HOME below).
export const SCREENS: readonly Screen[] = [
  {
    path: "/overview",
    titleKey: "nav.overview",
    roles: READ_ALL_ROLES,
    navFor: ["leader", "coordinator"],
  },
  {
    path: "/tasks",
    titleKey: "nav.tasks",
    roles: ["admin", "coordinator", "inspector", "leader", "unit_officer"],
    navFor: ["leader", "coordinator"],
  },
  { path: "/board", titleKey: "nav.board", roles: ["coordinator"], navFor: ["coordinator"] },
  // 随手拍 and 12345 triage (decision 0026).
  { path: "/triage", titleKey: "nav.triage", roles: ["coordinator"], navFor: ["coordinator"] },
  { path: "/unit", titleKey: "nav.unit", roles: ["unit_officer"], navFor: ["unit_officer"] },
  { path: "/inspect", titleKey: "nav.inspect", roles: ["inspector"], navFor: ["inspector"] },
  {
    path: "/verify",
    titleKey: "nav.verify",
    roles: ["inspector", "coordinator"],
    navFor: ["inspector"],
  },
  {
    path: "/assessment",
    titleKey: "nav.assessment",
    roles: READ_ALL_ROLES,
    navFor: ["leader", "coordinator"],
  },
  { path: "/admin", titleKey: "nav.admin", roles: ["admin"], navFor: ["admin"] },
  {
    path: "/map",
    titleKey: "nav.map",
    roles: READ_ALL_ROLES,
    navFor: ["leader", "coordinator"],
  },
  {
    path: "/documents",
    titleKey: "nav.documents",
    roles: ["admin", "coordinator", "inspector", "leader", "unit_officer"],
    navFor: ["coordinator", "admin", "leader"], // leaders: the unit evaluation
  },
  // Two-step sign-in (TOTP) for the roles that can change the most (decision 0019).
  {
    path: "/account",
    titleKey: "nav.account",
    roles: ["admin", "coordinator"],
    navFor: ["admin", "coordinator"],
  },
];

export function navFor(role: Role): Screen[] {
  return SCREENS.filter((s) => s.navFor.includes(role));
}

export function screen(path: string): Screen {
  const found = SCREENS.find((s) => s.path === path);
  if (!found) throw new Error(`no screen ${path}`);
  return found;
}

/**
 * Where each role lands after signing in: its own queue (issue 12). Coordinators land on the
 * board, whose tabs are their queues — to dispatch, pushed back, extension requests, to verify;
 * inspectors on the field screen, which says what awaits their verification; leaders on the
 * overview.
 */
export const HOME: Record<Role, string> = {
  leader: "/overview",
  coordinator: "/board",
  unit_officer: "/unit",
  inspector: "/inspect",
  admin: "/admin",
};
