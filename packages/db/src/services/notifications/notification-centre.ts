import type {
  Actor,
  ListNotificationsInput,
  MarkNotificationsReadInput,
  NotificationItem,
} from "@cw/domain";
import type { Prisma } from "../../generated/prisma/client.ts";
import {
  cursorId,
  cursorInstant,
  decodeCursor,
  encodeCursor,
  invalidCursor,
} from "../../queries/page-cursor.ts";
import { recordAudit } from "../audit.ts";
import type { ServiceContext } from "../service-context.ts";

const ITEM = {
  id: true,
  event: true,
  taskId: true,
  title: true,
  body: true,
  link: true,
  createdAt: true,
  readAt: true,
} satisfies Prisma.NotificationSelect;

/**
 * The signed-in user's notifications (the bell's list), newest first, keyset-paged on the
 * (recipient, createdAt) index. Only ever the actor's own: there is no input naming a user.
 */
export async function listNotifications(
  ctx: ServiceContext<Actor>,
  input: ListNotificationsInput,
): Promise<{ items: NotificationItem[]; nextCursor: string | null }> {
  const mine: Prisma.NotificationWhereInput = {
    recipientUserId: ctx.actor.id,
    ...(input.unread === undefined ? {} : { readAt: input.unread ? null : { not: null } }),
  };
  const after = input.cursor ? afterCursor(input.cursor) : null;
  const rows = await ctx.prisma.notification.findMany({
    where: after ? { AND: [mine, after] } : mine,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    select: ITEM,
  });
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page,
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor([last.createdAt.toISOString(), last.id])
        : null,
  };
}

function afterCursor(cursor: string): Prisma.NotificationWhereInput {
  const [key, id] = decodeCursor(cursor, 2);
  const at = cursorInstant(key ?? null);
  if (!at) throw invalidCursor();
  const last = cursorId(id ?? null);
  return { OR: [{ createdAt: { lt: at } }, { createdAt: at, id: { lt: last } }] };
}

/** How many of the signed-in user's notifications are unread (the bell's badge). */
export async function readUnreadCount(ctx: ServiceContext<Actor>): Promise<{ unread: number }> {
  const unread = await ctx.prisma.notification.count({
    where: { recipientUserId: ctx.actor.id, readAt: null },
  });
  return { unread };
}

/**
 * Marks the named notifications of the signed-in user read, or all of them; ids of other
 * people's notifications match nothing. Already-read ones keep their first read time.
 */
export async function markNotificationsRead(
  ctx: ServiceContext<Actor>,
  input: MarkNotificationsReadInput,
): Promise<{ marked: number }> {
  return ctx.prisma.$transaction(async (tx) => {
    const { count } = await tx.notification.updateMany({
      where: {
        recipientUserId: ctx.actor.id,
        readAt: null,
        ...("ids" in input ? { id: { in: input.ids } } : {}),
      },
      data: { readAt: ctx.now },
    });
    await recordAudit(tx, ctx, {
      entityType: "notification",
      entityId: ctx.actor.id,
      action: "mark_read",
      after: { ids: "ids" in input ? input.ids : "all", marked: count },
    });
    return { marked: count };
  });
}
