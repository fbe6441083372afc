import {
  createCategory,
  listCalendarDays,
  listCategories,
  readSettings,
  removeCalendarDay,
  setCalendarDay,
  updateCategory,
  updateSettings,
} from "@cw/db";
import {
  ALL_ROLES,
  calendarDateOnlyInput,
  calendarDaySchema,
  calendarListOutputSchema,
  categoryListOutputSchema,
  categorySchema,
  createCategoryInputSchema,
  listCalendarInputSchema,
  listCategoriesInputSchema,
  setCalendarDayInputSchema,
  settingsOutputSchema,
  updateCategoryInputSchema,
  updateSettingsInputSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../../trpc.ts";

export const categoriesRouter = router({
  list: allow(...ALL_ROLES)
    .input(listCategoriesInputSchema)
    .output(categoryListOutputSchema)
    .query(({ ctx, input }) => listCategories(ctx.svc, input)),

  create: allow("admin")
    .input(createCategoryInputSchema)
    .output(categorySchema)
    .mutation(({ ctx, input }) => createCategory(ctx.svc, input)),

  update: allow("admin")
    .input(updateCategoryInputSchema)
    .output(categorySchema)
    .mutation(({ ctx, input }) => updateCategory(ctx.svc, input)),
});

// Everyone sees which days count for deadlines; only admins change them.
export const calendarRouter = router({
  list: allow(...ALL_ROLES)
    .input(listCalendarInputSchema)
    .output(calendarListOutputSchema)
    .query(({ ctx, input }) => listCalendarDays(ctx.svc, input)),

  set: allow("admin")
    .input(setCalendarDayInputSchema)
    .output(calendarDaySchema)
    .mutation(({ ctx, input }) => setCalendarDay(ctx.svc, input)),

  remove: allow("admin")
    .input(calendarDateOnlyInput)
    .output(calendarDaySchema)
    .mutation(({ ctx, input }) => removeCalendarDay(ctx.svc, input)),
});

export const settingsRouter = router({
  get: allow(...ALL_ROLES)
    .input(z.void())
    .output(settingsOutputSchema)
    .query(({ ctx }) => readSettings(ctx.svc)),

  update: allow("admin")
    .input(updateSettingsInputSchema)
    .output(settingsOutputSchema)
    .mutation(({ ctx, input }) => updateSettings(ctx.svc, input)),
});
