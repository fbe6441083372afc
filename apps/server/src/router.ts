import { overviewRouter } from "./routers/overview-router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  overview: overviewRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
