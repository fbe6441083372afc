import {
  escalateTask,
  postTaskProgress,
  readCalendar,
  readSettings,
  readTaskDetail,
  readTaskHistory,
  setTaskDeadline,
  transitionTask,
} from "@cw/db";
import {
  ALL_ROLES,
  escalateInputSchema,
  findingIdInput,
  postProgressInputSchema,
  setDeadlineInputSchema,
  taskDetailSchema,
  taskHistoryOutputSchema,
  taskVersionOutputSchema,
  transitionInputSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";
import { taskListProcedures } from "./task-list-procedures.ts";

export const taskWorkflowProcedures = {
  get: allow(...ALL_ROLES)
    .input(findingIdInput)
    .output(taskDetailSchema)
    .query(async ({ ctx, input }) => {
      const [settings, calendar] = await Promise.all([
        readSettings(ctx.db.prisma),
        readCalendar(ctx.db.prisma),
      ]);
      return readTaskDetail(
        ctx.db.prisma,
        ctx.actor,
        input.findingId,
        ctx.now(),
        settings,
        calendar,
      );
    }),

  history: allow(...ALL_ROLES)
    .input(findingIdInput)
    .output(taskHistoryOutputSchema)
    .query(({ ctx, input }) => readTaskHistory(ctx.db.prisma, ctx.actor, input.findingId)),

  /** Every workflow action; the domain's transition table decides who may do what. */
  transition: allow("coordinator", "inspector", "unit_officer")
    .input(transitionInputSchema)
    .output(taskVersionOutputSchema)
    .mutation(async ({ ctx, input }) => {
      const [settings, calendar] = await Promise.all([
        readSettings(ctx.db.prisma),
        readCalendar(ctx.db.prisma),
      ]);
      return transitionTask(ctx.db.prisma, ctx.actor, input, ctx.now(), settings, calendar);
    }),

  setDeadline: allow("coordinator")
    .input(setDeadlineInputSchema)
    .output(taskVersionOutputSchema)
    .mutation(({ ctx, input }) => setTaskDeadline(ctx.db.prisma, ctx.actor, input, ctx.now())),

  escalate: allow("coordinator")
    .input(escalateInputSchema)
    .output(z.object({ escalationId: z.uuid() }))
    .mutation(({ ctx, input }) => escalateTask(ctx.db.prisma, ctx.actor, input, ctx.now())),

  postProgress: allow("unit_officer")
    .input(postProgressInputSchema)
    .output(z.object({ progressId: z.uuid() }))
    .mutation(({ ctx, input }) => postTaskProgress(ctx.db.prisma, ctx.actor, input, ctx.now())),
};

export const tasksRouter = router({ ...taskListProcedures, ...taskWorkflowProcedures });
