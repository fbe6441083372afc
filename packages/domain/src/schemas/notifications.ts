import { z } from "zod";
import { notificationEventSchema } from "../notifications/vocabulary.ts";
import { idSchema, pageInput, pageOutput } from "./common.ts";

/** The signed-in user's notifications, newest first; `unread` narrows to those not yet read. */
export const listNotificationsInputSchema = z.object({
  unread: z.boolean().optional(),
  cursor: pageInput.cursor,
  limit: z.number().int().min(1).max(100).default(20),
});
export type ListNotificationsInput = z.infer<typeof listNotificationsInputSchema>;

export const notificationItemSchema = z.object({
  id: z.uuid(),
  event: notificationEventSchema,
  taskId: z.uuid().nullable(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.date(),
  readAt: z.date().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItemSchema>;
export const notificationListOutputSchema = pageOutput(notificationItemSchema);

export const unreadCountOutputSchema = z.object({ unread: z.number().int().nonnegative() });

/** Marks some of the user's notifications read, or all of them. */
export const markNotificationsReadInputSchema = z.union([
  z.object({ ids: z.array(idSchema).min(1).max(200) }),
  z.object({ all: z.literal(true) }),
]);
export type MarkNotificationsReadInput = z.infer<typeof markNotificationsReadInputSchema>;
export const markNotificationsReadOutputSchema = z.object({ marked: z.number().int() });
