import {
  addAssessmentNode,
  addAssessmentStandard,
  exportAssessmentTree,
  getAssessmentTree,
  importAssessmentTree,
  listAssessmentSystems,
  moveTreeEntry,
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
    .query(({ ctx }) => listAssessmentSystems(ctx.svc)),

  tree: allow(...ALL_ROLES)
    .input(getAssessmentTreeInputSchema)
    .output(assessmentTreeSchema)
    .query(({ ctx, input }) => getAssessmentTree(ctx.svc, input)),

  export: allow(...ALL_ROLES)
    .input(exportTreeInputSchema)
    .output(exportTreeOutputSchema)
    .query(({ ctx, input }) => exportAssessmentTree(ctx.svc, input)),

  /** Row errors come back as data, each in the caller's language, and nothing is written. */
  import: allow(...EDITORS)
    .input(importTreeInputSchema)
    .output(importTreeOutputSchema)
    .mutation(({ ctx, input }) => importAssessmentTree(ctx.svc, input)),

  addNode: allow(...EDITORS)
    .input(addAssessmentNodeInputSchema)
    .output(assessmentNodeSchema)
    .mutation(({ ctx, input }) => addAssessmentNode(ctx.svc, input)),

  addStandard: allow(...EDITORS)
    .input(addAssessmentStandardInputSchema)
    .output(assessmentStandardSchema)
    .mutation(({ ctx, input }) => addAssessmentStandard(ctx.svc, input)),

  updateNode: allow(...EDITORS)
    .input(updateAssessmentNodeInputSchema)
    .output(assessmentNodeSchema)
    .mutation(({ ctx, input }) => updateAssessmentNode(ctx.svc, input)),

  updateStandard: allow(...EDITORS)
    .input(updateAssessmentStandardInputSchema)
    .output(assessmentStandardSchema)
    .mutation(({ ctx, input }) => updateAssessmentStandard(ctx.svc, input)),

  move: allow(...EDITORS)
    .input(moveTreeEntryInputSchema)
    .output(treeEntryOutputSchema)
    .mutation(({ ctx, input }) => moveTreeEntry(ctx.svc, input)),

  renumber: allow(...EDITORS)
    .input(renumberTreeEntryInputSchema)
    .output(treeEntryOutputSchema)
    .mutation(({ ctx, input }) => renumberTreeEntry(ctx.svc, input)),

  retire: allow(...EDITORS)
    .input(retireTreeEntryInputSchema)
    .output(treeEntryOutputSchema)
    .mutation(({ ctx, input }) => retireTreeEntry(ctx.svc, input)),

  unretire: allow(...EDITORS)
    .input(retireTreeEntryInputSchema)
    .output(treeEntryOutputSchema)
    .mutation(({ ctx, input }) => unretireTreeEntry(ctx.svc, input)),
});
