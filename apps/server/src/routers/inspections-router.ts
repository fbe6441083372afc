import { createInspection, getInspection, listInspections } from "@cw/db";
import {
  createInspectionInputSchema,
  inspectionIdInput,
  inspectionListOutputSchema,
  inspectionSchema,
  listInspectionsInputSchema,
  READ_ALL_ROLES,
} from "@cw/domain";
import { allow, router } from "../trpc.ts";

/** 督查: inspectors and coordinators plan visits; everyone but unit officers may read them. */
export const inspectionsRouter = router({
  create: allow("inspector", "coordinator")
    .input(createInspectionInputSchema)
    .output(inspectionSchema)
    .mutation(({ ctx, input }) => createInspection(ctx.db.prisma, ctx.actor, input, ctx.now())),

  list: allow(...READ_ALL_ROLES)
    .input(listInspectionsInputSchema)
    .output(inspectionListOutputSchema)
    .query(({ ctx, input }) => listInspections(ctx.db.prisma, input)),

  get: allow(...READ_ALL_ROLES)
    .input(inspectionIdInput)
    .output(inspectionSchema)
    .query(({ ctx, input }) => getInspection(ctx.db.prisma, input.id)),
});
