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
    .query(({ ctx, input }) => listRequirements(ctx.svc, input)),

  get: allow(...ALL_ROLES)
    .input(requirementIdInput)
    .output(requirementDetailSchema)
    .query(({ ctx, input }) => getRequirement(ctx.svc, input)),

  create: allow(...PLANNERS)
    .input(createRequirementInputSchema)
    .output(requirementDetailSchema)
    .mutation(({ ctx, input }) => createRequirement(ctx.svc, input)),

  update: allow(...PLANNERS)
    .input(updateRequirementInputSchema)
    .output(requirementDetailSchema)
    .mutation(({ ctx, input }) => updateRequirement(ctx.svc, input)),

  remove: allow(...PLANNERS)
    .input(requirementVersionInput)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => deleteRequirement(ctx.svc, input)),

  /** Every review action; the domain's table decides who may do what. */
  transition: allow("coordinator", "unit_officer")
    .input(materialTransitionInputSchema)
    .output(requirementVersionOutputSchema)
    .mutation(({ ctx, input }) => transitionMaterial(ctx.svc, input)),
});
