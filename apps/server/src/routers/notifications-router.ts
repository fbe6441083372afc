import { listNotifications, markNotificationsRead, readUnreadCount } from "@cw/db";
import {
  ALL_ROLES,
  listNotificationsInputSchema,
  markNotificationsReadInputSchema,
  markNotificationsReadOutputSchema,
  notificationListOutputSchema,
  unreadCountOutputSchema,
} from "@cw/domain";
import { z } from "zod";
import { allow, router } from "../trpc.ts";

/** The in-app notification centre: every role has a bell, and sees only its own notifications. */
export const notificationsRouter = router({
  list: allow(...ALL_ROLES)
    .input(listNotificationsInputSchema)
    .output(notificationListOutputSchema)
    .query(({ ctx, input }) => listNotifications(ctx.svc, input)),

  unreadCount: allow(...ALL_ROLES)
    .input(z.void())
    .output(unreadCountOutputSchema)
    .query(({ ctx }) => readUnreadCount(ctx.svc)),

  markRead: allow(...ALL_ROLES)
    .input(markNotificationsReadInputSchema)
    .output(markNotificationsReadOutputSchema)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.svc, input)),
});
