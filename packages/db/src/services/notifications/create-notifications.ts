import type { NotificationEvent } from "@cw/domain";
import type { Tx } from "../audit.ts";

/** Who a notification is for: a user (bell, and their channels) or a unit contact without an account. */
export type NotificationRecipient = { userId: string } | { contactId: string };

export interface NotificationRequest {
  event: NotificationEvent;
  taskId: string | null;
  recipient: NotificationRecipient;
  /** Already rendered in the recipient's language. */
  title: string;
  body: string;
  link: string | null;
  /**
   * The notification's identity: the same key twice is one notification. Built from the
   * event, the task, the recipient and — for scheduled reminders — the day, so a job run twice
   * or resumed after a crash sends nothing new.
   */
  dedupeKey: string;
}

/**
 * Records notifications inside the caller's transaction (an event's notifications commit with
 * the change that caused them, or not at all) and returns the ids of those that are new.
 * A key already recorded is skipped, never an error.
 */
export async function createNotifications(
  tx: Tx,
  at: Date,
  requests: readonly NotificationRequest[],
): Promise<string[]> {
  if (requests.length === 0) return [];
  const keys = [...new Set(requests.map((r) => r.dedupeKey))];
  const existing = await tx.notification.findMany({
    where: { dedupeKey: { in: keys } },
    select: { dedupeKey: true },
  });
  const seen = new Set(existing.map((n) => n.dedupeKey));
  const fresh = requests.filter((r) => {
    if (seen.has(r.dedupeKey)) return false;
    seen.add(r.dedupeKey);
    return true;
  });
  if (fresh.length === 0) return [];
  const created = await tx.notification.createManyAndReturn({
    data: fresh.map((r) => ({
      event: r.event,
      taskId: r.taskId,
      recipientUserId: "userId" in r.recipient ? r.recipient.userId : null,
      recipientContactId: "contactId" in r.recipient ? r.recipient.contactId : null,
      title: r.title,
      body: r.body,
      link: r.link,
      dedupeKey: r.dedupeKey,
      createdAt: at,
    })),
    // A concurrent transaction may have recorded the same key since the read above.
    skipDuplicates: true,
    select: { id: true },
  });
  return created.map((n) => n.id);
}
