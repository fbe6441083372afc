import { deleteMyTaskView, listMyTaskViews, saveTaskView } from "@cw/db";
import {
  ALL_ROLES,
  saveTaskViewInputSchema,
  taskViewIdInput,
  taskViewListOutputSchema,
  taskViewSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";

/**
 * Saved task searches (decision 0022): whoever may search tasks may keep views, each private
 * to its owner; the services only ever touch the signed-in user's own.
 */
export const taskViewsRouter = router({
  mine: allow(...ALL_ROLES)
    .input(z.void())
    .output(taskViewListOutputSchema)
    .query(({ ctx }) => listMyTaskViews(ctx.svc)),

  save: allow(...ALL_ROLES)
    .input(saveTaskViewInputSchema)
    .output(taskViewSchema)
    .mutation(({ ctx, input }) => saveTaskView(ctx.svc, input)),

  remove: allow(...ALL_ROLES)
    .input(taskViewIdInput)
    .output(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => deleteMyTaskView(ctx.svc, input.id)),
});
