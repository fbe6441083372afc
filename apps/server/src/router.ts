import { adminRouters } from "./routers/admin/index.ts";
import { authRouter } from "./routers/auth-router.ts";
import { findingsRouter } from "./routers/findings-router.ts";
import { inspectionsRouter } from "./routers/inspections-router.ts";
import { overviewRouter } from "./routers/overview-router.ts";
import { tasksRouter } from "./routers/tasks-router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  ...adminRouters, // units, grids, users, siteTypes, sites, categories, calendar, settings
  overview: overviewRouter,
  findings: findingsRouter,
  tasks: tasksRouter,
  inspections: inspectionsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
