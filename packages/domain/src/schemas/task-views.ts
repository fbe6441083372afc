import { z } from "zod";
import { readTaskSearchParams } from "../task-search-params.ts";
import { taskSearchQuery } from "../task-search-query.ts";
import { idSchema, shortText, textInput } from "./common.ts";

/** How many views one person may keep: a short list to pick from, not an archive. */
export const MAX_SAVED_TASK_VIEWS = 50;

/**
 * A task search's URL params ("unitId=…&timing=overdue"), checked as tasks.list would check
 * them (readTaskSearchParams) and stored in the keys' order. A param that is not the search's
 * or that tasks.list would refuse refuses the whole view: a saved view must open as saved.
 */
export const taskViewQuerySchema = textInput()
  .max(2000, "field.too_long")
  .transform((query, ctx) => {
    const search = readTaskSearchParams(new URLSearchParams(query));
    if (search.refused.length) {
      ctx.addIssue({ code: "custom", message: "task_view.params_invalid" });
      return z.NEVER;
    }
    return taskSearchQuery(search.filters, search.sort);
  });

export const saveTaskViewInputSchema = z.object({
  name: shortText(40),
  query: taskViewQuerySchema,
});
export type SaveTaskViewInput = z.infer<typeof saveTaskViewInputSchema>;

export const taskViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The URL params to open the view with (/tasks?{query}). */
  query: z.string(),
  createdAt: z.date(),
});
export type TaskView = z.infer<typeof taskViewSchema>;
export const taskViewListOutputSchema = z.array(taskViewSchema);
export const taskViewIdInput = z.object({ id: idSchema });
