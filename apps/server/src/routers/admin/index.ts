import { calendarRouter, categoriesRouter, settingsRouter } from "./config-router.ts";
import { channelsRouter, deliveriesRouter, jobsRouter } from "./notifications-router.ts";
import { sitesRouter, siteTypesRouter } from "./sites-router.ts";
import { gridsRouter, unitsRouter } from "./units-router.ts";
import { usersRouter } from "./users-router.ts";

/** The admin management API, spread into the app router under these names. */
export const adminRouters = {
  units: unitsRouter,
  grids: gridsRouter,
  users: usersRouter,
  siteTypes: siteTypesRouter,
  sites: sitesRouter,
  categories: categoriesRouter,
  calendar: calendarRouter,
  settings: settingsRouter,
  jobs: jobsRouter,
  deliveries: deliveriesRouter,
  channels: channelsRouter,
};
