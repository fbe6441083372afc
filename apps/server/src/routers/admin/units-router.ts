import {
  assignSitesToGrid,
  createGrid,
  createUnit,
  listGrids,
  listUnits,
  updateGrid,
  updateUnit,
} from "@cw/db";
import {
  ALL_ROLES,
  assignGridSitesInputSchema,
  assignGridSitesOutputSchema,
  createGridInputSchema,
  createUnitInputSchema,
  gridListOutputSchema,
  gridSchema,
  listGridsInputSchema,
  listUnitsInputSchema,
  unitListOutputSchema,
  unitSchema,
  updateGridInputSchema,
  updateUnitInputSchema,
} from "@cw/domain";
import { allow, router } from "../../trpc.ts";

// Every screen that picks a unit or grid reads these lists; only admins change them.
export const unitsRouter = router({
  list: allow(...ALL_ROLES)
    .input(listUnitsInputSchema)
    .output(unitListOutputSchema)
    .query(({ ctx, input }) => listUnits(ctx.svc, input)),

  create: allow("admin")
    .input(createUnitInputSchema)
    .output(unitSchema)
    .mutation(({ ctx, input }) => createUnit(ctx.svc, input)),

  update: allow("admin")
    .input(updateUnitInputSchema)
    .output(unitSchema)
    .mutation(({ ctx, input }) => updateUnit(ctx.svc, input)),
});

export const gridsRouter = router({
  list: allow(...ALL_ROLES)
    .input(listGridsInputSchema)
    .output(gridListOutputSchema)
    .query(({ ctx, input }) => listGrids(ctx.svc, input)),

  create: allow("admin")
    .input(createGridInputSchema)
    .output(gridSchema)
    .mutation(({ ctx, input }) => createGrid(ctx.svc, input)),

  update: allow("admin")
    .input(updateGridInputSchema)
    .output(gridSchema)
    .mutation(({ ctx, input }) => updateGrid(ctx.svc, input)),

  /** 网格 membership: which sites a grid holds (the grids screen's "assign sites"). */
  assignSites: allow("admin")
    .input(assignGridSitesInputSchema)
    .output(assignGridSitesOutputSchema)
    .mutation(({ ctx, input }) => assignSitesToGrid(ctx.svc, input)),
});
