import { adminRouters } from "./routers/admin/index.ts";
import { assessmentTreeRouter } from "./routers/assessment-tree-router.ts";
import { authRouter } from "./routers/auth-router.ts";
import { citizenReportsRouter } from "./routers/citizen-reports-router.ts";
import { documentsRouter } from "./routers/documents-router.ts";
import { evaluationRouter } from "./routers/evaluation-router.ts";
import { fieldChecksRouter } from "./routers/field-checks-router.ts";
import { findingsRouter } from "./routers/findings-router.ts";
import { inspectionsRouter } from "./routers/inspections-router.ts";
import { materialsRouter } from "./routers/materials-router.ts";
import { notificationsRouter } from "./routers/notifications-router.ts";
import { overviewRouter } from "./routers/overview-router.ts";
import { scoresRouter } from "./routers/scores-router.ts";
import { securityLogRouter } from "./routers/security-log-router.ts";
import { surveysRouter } from "./routers/surveys-router.ts";
import { taskViewsRouter } from "./routers/task-views-router.ts";
import { tasksRouter } from "./routers/tasks-router.ts";
import { triageRouter } from "./routers/triage-router.ts";
import { createCallerFactory, router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  // units, grids, users, siteTypes, sites, categories, calendar, settings
  ...adminRouters,
  overview: overviewRouter,
  findings: findingsRouter,
  tasks: tasksRouter,
  taskViews: taskViewsRouter, // saved task searches, private to each user (decision 0022)
  notifications: notificationsRouter, // the bell: the signed-in user's own notifications
  scores: scoresRouter,
  inspections: inspectionsRouter,
  surveys: surveysRouter,
  fieldChecks: fieldChecksRouter, // the field section: checklists, checks, score rates
  materials: materialsRouter, // the materials section (files over HTTP: http/material-routes.ts)
  assessmentSystems: assessmentTreeRouter, // the assessment trees: read, edit, import, export
  documents: documentsRouter, // generated documents (files over HTTP: http/document-routes.ts)
  evaluation: evaluationRouter, // 结果考评: unit scores, the formula, the Excel export
  securityLog: securityLogRouter, // sign-ins, failures and lockouts, for admins
  citizenReports: citizenReportsRouter, // 随手拍 without an account (decision 0026)
  triage: triageRouter, // the coordinators' triage of citizen and hotline reports
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
