import { countTasks, listTasks, readCalendar, readSettings } from "@cw/db";
import {
  ALL_ROLES,
  countTasksOutputSchema,
  listTasksInputSchema,
  taskListOutputSchema,
} from "@cw/domain";
import { allow } from "../trpc.ts";

/** A count takes the list's filters; paging and order cannot change how many match. */
export const countTasksInputSchema = listTasksInputSchema.omit({
  cursor: true,
  limit: true,
  sort: true,
});

/**
 * The task list and its count, merged into the `tasks` router by router.ts. Every role may
 * call them; unit officers are confined to their unit's tasks inside listTasks/countTasks.
 */
export const taskListProcedures = {
  list: allow(...ALL_ROLES)
    .input(listTasksInputSchema)
    .output(taskListOutputSchema)
    .query(async ({ ctx, input }) => {
      const prisma = ctx.db.prisma;
      const [settings, calendar] = await Promise.all([readSettings(prisma), readCalendar(prisma)]);
      return listTasks(prisma, input, ctx.actor, ctx.now(), settings, calendar);
    }),

  count: allow(...ALL_ROLES)
    .input(countTasksInputSchema)
    .output(countTasksOutputSchema)
    .query(async ({ ctx, input }) => {
      const prisma = ctx.db.prisma;
      const [settings, calendar] = await Promise.all([readSettings(prisma), readCalendar(prisma)]);
      const total = await countTasks(prisma, input, ctx.actor, ctx.now(), settings, calendar);
      return { total };
    }),
};
