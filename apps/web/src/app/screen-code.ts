import type { ComponentType } from "react";
import { ensureScreenMessages } from "../i18n/i18n.ts";
import { SCREEN_TABLE, type ScreenName } from "./screen-table.ts";

export { type ScreenName, screenAt } from "./screen-table.ts";

// biome-ignore lint/suspicious/noExplicitAny: a route passes each screen its own props.
type Screen = { default: ComponentType<any> };

/**
 * Each screen's code, by its module in the screen table, with its texts where the core
 * catalogue lacks them. One table for the router's lazy screens (app-routes.tsx) and for the
 * first load (app.tsx): a reload or a bookmark fetches its screen beside the router, not after
 * it (issue 11: the overview's code arrived in three steps, ~0.9 s before its charts could
 * draw). A table of import thunks costs the sign-in page a few hundred bytes, so this is a
 * chunk of its own. The public pages (auth, citizen) are not the router's screens.
 */
const PAGES = import.meta.glob<Screen>(["../*/*-page.tsx", "!../auth/*", "!../citizen/*"]);

/** A screen's code and, where it needs them, the screens' texts; a module is fetched once. */
export function loadScreen(name: ScreenName): Promise<Screen> {
  const { module, texts } = SCREEN_TABLE[name];
  const load = PAGES[`../${module}`];
  if (!load) return Promise.reject(new Error(`no screen module ${module}`));
  return Promise.all([load(), texts ? ensureScreenMessages() : undefined]).then(([m]) => m);
}

/** Whether the screen is drawn with antd, under its provider (lazy-with-antd.tsx). */
export const usesAntd = (name: ScreenName): boolean => SCREEN_TABLE[name].antd;

/**
 * A first load's screen (app.tsx), with antd's provider where the screen draws with it — or,
 * at an address that is no screen, in case the role's home does. The provider's import is
 * here, not in the entry, which would carry the list of its chunks to every page (the sign-in
 * and citizen pages' budgets are held at the byte).
 */
export function preloadScreen(name: ScreenName | undefined): void {
  if (name) void loadScreen(name);
  if (!name || usesAntd(name)) void import("./antd-provider.tsx");
}
