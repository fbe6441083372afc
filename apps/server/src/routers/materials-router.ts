import {
  createRequirement,
  deleteRequirement,
  getRequirement,
  listRequirements,
  transitionMaterial,
  updateRequirement,
} from "@cw/db";
import {
  ALL_ROLES,
  createRequirementInputSchema,
  listRequirementsInputSchema,
  materialTransitionInputSchema,
  requirementDetailSchema,
  requirementIdInput,
  requirementListOutputSchema,
  requirementVersionInput,
  requirementVersionOutputSchema,
  updateRequirementInputSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";

/** Who sets out the materials required: campaign staff. */
const PLANNERS = ["coordinator", "admin"] as const;

/**
 * 网上申报 / 材料审核. Unit officers see and act only on their own unit's requirements (the
 * services scope them); files travel over HTTP (see http/material-routes.ts).
 */
export const materialsRouter = router({
  list: allow(...ALL_ROLES)
    .input(listRequirementsInputSchema)
    .output(requirementListOutputSchema)
    .query(({ ctx, input }) => listRequirements(ctx.db.prisma, ctx.actor, input, ctx.now())),

  get: allow(...ALL_ROLES)
    .input(requirementIdInput)
    .output(requirementDetailSchema)
    .query(({ ctx, input }) => getRequirement(ctx.db.prisma, ctx.actor, input.id, ctx.now())),

  create: allow(...PLANNERS)
    .input(createRequirementInputSchema)
    .output(requirementDetailSchema)
    .mutation(async ({ ctx, input }) => {
      const id = await createRequirement(ctx.db.prisma, ctx.actor, input, ctx.now());
      return getRequirement(ctx.db.prisma, ctx.actor, id, ctx.now());
    }),

  update: allow(...PLANNERS)
    .input(updateRequirementInputSchema)
    .output(requirementDetailSchema)
    .mutation(async ({ ctx, input }) => {
      await updateRequirement(ctx.db.prisma, ctx.actor, input, ctx.now());
      return getRequirement(ctx.db.prisma, ctx.actor, input.id, ctx.now());
    }),

  remove: allow(...PLANNERS)
    .input(requirementVersionInput)
    .output(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      await deleteRequirement(ctx.db.prisma, ctx.actor, input, ctx.now());
      return { id: input.id };
    }),

  /** Every review action; the domain's table decides who may do what. */
  transition: allow("coordinator", "unit_officer")
    .input(materialTransitionInputSchema)
    .output(requirementVersionOutputSchema)
    .mutation(({ ctx, input }) => transitionMaterial(ctx.db.prisma, ctx.actor, input, ctx.now())),
});
