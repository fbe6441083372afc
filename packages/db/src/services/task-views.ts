import {
  type Actor,
  DomainError,
  MAX_SAVED_TASK_VIEWS,
  notFound,
  type SaveTaskViewInput,
  type TaskView,
} from "@cw/domain";
import type { ServiceContext } from "./service-context.ts";

// Saved task views (decision 0022): private to the person who saved them. Every query is by
// the signed-in user's id, so another person's view is neither listed nor deletable (it is
// "not found", which says nothing of whether it exists).

const SELECT = { id: true, name: true, query: true, createdAt: true } as const;

/** The signed-in user's views, by name. */
export async function listMyTaskViews(ctx: ServiceContext<Actor>): Promise<TaskView[]> {
  return ctx.prisma.savedTaskView.findMany({
    where: { userId: ctx.actor.id },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: SELECT,
  });
}

/** Saves the search (its params already checked and ordered by the input schema) by name. */
export async function saveTaskView(
  ctx: ServiceContext<Actor>,
  input: SaveTaskViewInput,
): Promise<TaskView> {
  const userId = ctx.actor.id;
  return ctx.prisma.$transaction(async (tx) => {
    const [sameName, count] = await Promise.all([
      tx.savedTaskView.findUnique({ where: { userId_name: { userId, name: input.name } } }),
      tx.savedTaskView.count({ where: { userId } }),
    ]);
    if (sameName) {
      throw new DomainError(
        "conflict",
        "task_view.name_taken",
        { name: input.name },
        {
          name: "task_view.name_taken",
        },
      );
    }
    if (count >= MAX_SAVED_TASK_VIEWS) {
      throw new DomainError("bad_request", "task_view.too_many", { max: MAX_SAVED_TASK_VIEWS });
    }
    return tx.savedTaskView.create({
      data: { userId, name: input.name, query: input.query, createdAt: ctx.now },
      select: SELECT,
    });
  });
}

/** Deletes one of the signed-in user's views; anyone else's is not found. */
export async function deleteMyTaskView(
  ctx: ServiceContext<Actor>,
  id: string,
): Promise<{ id: string }> {
  const { count } = await ctx.prisma.savedTaskView.deleteMany({
    where: { id, userId: ctx.actor.id },
  });
  if (count === 0) throw notFound("saved_task_view", id);
  return { id };
}
