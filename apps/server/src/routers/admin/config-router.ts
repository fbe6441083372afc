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
    .query(({ ctx, input }) => listCategories(ctx.db.prisma, input)),

  create: allow("admin")
    .input(createCategoryInputSchema)
    .output(categorySchema)
    .mutation(({ ctx, input }) => createCategory(ctx.db.prisma, ctx.actor, input, ctx.now())),

  update: allow("admin")
    .input(updateCategoryInputSchema)
    .output(categorySchema)
    .mutation(({ ctx, input }) => updateCategory(ctx.db.prisma, ctx.actor, input, ctx.now())),
});

// Everyone sees which days count for deadlines; only admins change them.
export const calendarRouter = router({
  list: allow(...ALL_ROLES)
    .input(listCalendarInputSchema)
    .output(calendarListOutputSchema)
    .query(({ ctx, input }) => listCalendarDays(ctx.db.prisma, input.year)),

  set: allow("admin")
    .input(setCalendarDayInputSchema)
    .output(calendarDaySchema)
    .mutation(({ ctx, input }) => setCalendarDay(ctx.db.prisma, ctx.actor, input, ctx.now())),

  remove: allow("admin")
    .input(calendarDateOnlyInput)
    .output(calendarDaySchema)
    .mutation(({ ctx, input }) =>
      removeCalendarDay(ctx.db.prisma, ctx.actor, input.date, ctx.now()),
    ),
});

export const settingsRouter = router({
  get: allow(...ALL_ROLES)
    .input(z.void())
    .output(settingsOutputSchema)
    .query(({ ctx }) => readSettings(ctx.db.prisma)),

  update: allow("admin")
    .input(updateSettingsInputSchema)
    .output(settingsOutputSchema)
    .mutation(({ ctx, input }) => updateSettings(ctx.db.prisma, ctx.actor, input, ctx.now())),
});
