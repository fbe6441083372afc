import { countTasks, listTasks, listVerificationQueue, readBoardTabs } from "@cw/db";
import {
  ALL_ROLES,
  boardTabsOutputSchema,
  countTasksOutputSchema,
  listTasksInputSchema,
  taskListOutputSchema,
  verificationQueueInputSchema,
  verificationQueueOutputSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow } from "../trpc.ts";

/** A count takes the list's filters; paging and order cannot change how many match. */
export const countTasksInputSchema = listTasksInputSchema.omit({
  cursor: true,
  limit: true,
  sort: true,
});

/**
 * The task list and its count, merged into the `tasks` router by tasks-router.ts. Every role
 * may call them; unit officers are confined to their unit's tasks inside listTasks/countTasks.
 */
export const taskListProcedures = {
  list: allow(...ALL_ROLES)
    .input(listTasksInputSchema)
    .output(taskListOutputSchema)
    .query(({ ctx, input }) => listTasks(ctx.svc, input)),

  count: allow(...ALL_ROLES)
    .input(countTasksInputSchema)
    .output(countTasksOutputSchema)
    .query(({ ctx, input }) => countTasks(ctx.svc, input)),

  /** 待复查 for this verifier, nearest first from the phone's position (the inspector's queue). */
  verificationQueue: allow("inspector", "coordinator")
    .input(verificationQueueInputSchema)
    .output(verificationQueueOutputSchema)
    .query(({ ctx, input }) => listVerificationQueue(ctx.svc, input)),

  /** The board's tabs (task-list filters) with the bulk action each offers this user. */
  boardTabs: allow("coordinator")
    .input(z.void())
    .output(boardTabsOutputSchema)
    .query(({ ctx }) => readBoardTabs(ctx.svc)),
};
