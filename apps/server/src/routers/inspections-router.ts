import { createInspection, ensureTodaysInspection, getInspection, listInspections } from "@cw/db";
import {
  createInspectionInputSchema,
  inspectionIdInput,
  inspectionListOutputSchema,
  inspectionSchema,
  listInspectionsInputSchema,
  READ_ALL_ROLES,
  todaysInspectionInputSchema,
} from "@cw/domain";
import { allow, router } from "../trpc.ts";

/** 督查: inspectors and coordinators plan visits; everyone but unit officers may read them. */
export const inspectionsRouter = router({
  create: allow("inspector", "coordinator")
    .input(createInspectionInputSchema)
    .output(inspectionSchema)
    .mutation(({ ctx, input }) => createInspection(ctx.svc, input)),

  /** The actor's routine inspection of a site today, found or created at once (the phone's). */
  today: allow("inspector", "coordinator")
    .input(todaysInspectionInputSchema)
    .output(inspectionSchema)
    .mutation(({ ctx, input }) => ensureTodaysInspection(ctx.svc, input)),
  list: allow(...READ_ALL_ROLES)
    .input(listInspectionsInputSchema)
    .output(inspectionListOutputSchema)
    .query(({ ctx, input }) => listInspections(ctx.svc, input)),

  get: allow(...READ_ALL_ROLES)
    .input(inspectionIdInput)
    .output(inspectionSchema)
    .query(({ ctx, input }) => getInspection(ctx.svc, input)),
});
