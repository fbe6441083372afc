import {
  addAssessmentNode,
  addAssessmentStandard,
  exportAssessmentTree,
  importAssessmentTree,
  listAssessmentSystems,
  moveTreeEntry,
  readAssessmentTree,
  renumberTreeEntry,
  retireTreeEntry,
  unretireTreeEntry,
  updateAssessmentNode,
  updateAssessmentStandard,
} from "@cw/db";
import {
  ALL_ROLES,
  addAssessmentNodeInputSchema,
  addAssessmentStandardInputSchema,
  assessmentNodeSchema,
  assessmentStandardSchema,
  assessmentSystemListSchema,
  assessmentTreeSchema,
  exportTreeInputSchema,
  exportTreeOutputSchema,
  getAssessmentTreeInputSchema,
  importTreeInputSchema,
  importTreeOutputSchema,
  localizeTreeErrors,
  moveTreeEntryInputSchema,
  type Role,
  renumberTreeEntryInputSchema,
  retireTreeEntryInputSchema,
  treeEntryOutputSchema,
  updateAssessmentNodeInputSchema,
  updateAssessmentStandardInputSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";

// The assessment systems as data: everyone signed in reads them (checklists, scores and
// findings refer to them); the campaign office edits them.
const EDITORS: readonly Role[] = ["admin", "coordinator"];

export const assessmentTreeRouter = router({
  list: allow(...ALL_ROLES)
    .input(z.void())
    .output(assessmentSystemListSchema)
    .query(({ ctx }) => listAssessmentSystems(ctx.db.prisma)),

  tree: allow(...ALL_ROLES)
    .input(getAssessmentTreeInputSchema)
    .output(assessmentTreeSchema)
    .query(({ ctx, input }) => readAssessmentTree(ctx.db.prisma, input)),

  export: allow(...ALL_ROLES)
    .input(exportTreeInputSchema)
    .output(exportTreeOutputSchema)
    .query(({ ctx, input }) => exportAssessmentTree(ctx.db.prisma, input)),

  /** Row errors come back as data, each in the caller's language, and nothing is written. */
  import: allow(...EDITORS)
    .input(importTreeInputSchema)
    .output(importTreeOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const result = await importAssessmentTree(ctx.db.prisma, ctx.actor, input, ctx.now());
      return result.ok
        ? result
        : { ok: false, errors: localizeTreeErrors(result.errors, ctx.locale) };
    }),

  addNode: allow(...EDITORS)
    .input(addAssessmentNodeInputSchema)
    .output(assessmentNodeSchema)
    .mutation(({ ctx, input }) => addAssessmentNode(ctx.db.prisma, ctx.actor, input, ctx.now())),

  addStandard: allow(...EDITORS)
    .input(addAssessmentStandardInputSchema)
    .output(assessmentStandardSchema)
    .mutation(({ ctx, input }) =>
      addAssessmentStandard(ctx.db.prisma, ctx.actor, input, ctx.now()),
    ),

  updateNode: allow(...EDITORS)
    .input(updateAssessmentNodeInputSchema)
    .output(assessmentNodeSchema)
    .mutation(({ ctx, input }) => updateAssessmentNode(ctx.db.prisma, ctx.actor, input, ctx.now())),

  updateStandard: allow(...EDITORS)
    .input(updateAssessmentStandardInputSchema)
    .output(assessmentStandardSchema)
    .mutation(({ ctx, input }) =>
      updateAssessmentStandard(ctx.db.prisma, ctx.actor, input, ctx.now()),
    ),

  move: allow(...EDITORS)
    .input(moveTreeEntryInputSchema)
    .output(treeEntryOutputSchema)
    .mutation(({ ctx, input }) => moveTreeEntry(ctx.db.prisma, ctx.actor, input, ctx.now())),

  renumber: allow(...EDITORS)
    .input(renumberTreeEntryInputSchema)
    .output(treeEntryOutputSchema)
    .mutation(({ ctx, input }) => renumberTreeEntry(ctx.db.prisma, ctx.actor, input, ctx.now())),

  retire: allow(...EDITORS)
    .input(retireTreeEntryInputSchema)
    .output(treeEntryOutputSchema)
    .mutation(({ ctx, input }) => retireTreeEntry(ctx.db.prisma, ctx.actor, input, ctx.now())),

  unretire: allow(...EDITORS)
    .input(retireTreeEntryInputSchema)
    .output(treeEntryOutputSchema)
    .mutation(({ ctx, input }) => unretireTreeEntry(ctx.db.prisma, ctx.actor, input, ctx.now())),
});
