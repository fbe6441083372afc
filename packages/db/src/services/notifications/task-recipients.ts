import type { ContactRole, Locale } from "@cw/domain";
import type { Tx } from "../audit.ts";
import type { NotificationRecipient } from "./create-notifications.ts";

/** Whom of a task's people an event reaches. */
export type TaskAudience = "owner" | ContactRole;

export interface TaskRecipient {
  taskId: string;
  audience: TaskAudience;
  recipient: NotificationRecipient;
  name: string;
  email: string | null;
  mobile: string | null;
  wecomId: string | null;
  dingtalkId: string | null;
  locale: Locale;
}

const asLocale = (value: string): Locale => (value === "en" ? "en" : "zh-CN");

/**
 * The people of each task for the audiences asked: its owner, and its unit's liaisons and head
 * (a contact linked to a user is reached as that user, so the bell shows it). One person in
 * two audiences of one task is listed once, under the first audience asked.
 */
export async function loadTaskRecipients(
  tx: Tx,
  taskIds: readonly string[],
  audiences: readonly TaskAudience[],
): Promise<TaskRecipient[]> {
  if (taskIds.length === 0 || audiences.length === 0) return [];
  const tasks = await tx.rectificationTask.findMany({
    where: { id: { in: [...taskIds] } },
    select: {
      id: true,
      unitId: true,
      owner: {
        select: {
          id: true,
          displayName: true,
          email: true,
          phone: true,
          locale: true,
          active: true,
        },
      },
    },
  });
  const unitIds = [...new Set(tasks.flatMap((t) => (t.unitId ? [t.unitId] : [])))];
  const roles = audiences.filter((a): a is ContactRole => a !== "owner");
  const contacts =
    roles.length === 0 || unitIds.length === 0
      ? []
      : await tx.unitContact.findMany({
          where: { unitId: { in: unitIds }, role: { in: roles }, active: true },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: {
            id: true,
            unitId: true,
            role: true,
            name: true,
            mobile: true,
            email: true,
            wecomId: true,
            dingtalkId: true,
            locale: true,
            user: { select: { id: true, email: true, phone: true, locale: true, active: true } },
          },
        });
  const out: TaskRecipient[] = [];
  for (const task of tasks) {
    const seen = new Set<string>();
    const push = (r: TaskRecipient) => {
      const key =
        "userId" in r.recipient ? `u:${r.recipient.userId}` : `c:${r.recipient.contactId}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(r);
    };
    for (const audience of audiences) {
      if (audience === "owner") {
        const o = task.owner;
        if (o?.active)
          push({
            taskId: task.id,
            audience,
            recipient: { userId: o.id },
            name: o.displayName,
            email: o.email,
            mobile: o.phone,
            wecomId: null,
            dingtalkId: null,
            locale: asLocale(o.locale),
          });
        continue;
      }
      for (const c of contacts) {
        if (c.unitId !== task.unitId || c.role !== audience) continue;
        const user = c.user?.active ? c.user : null;
        push({
          taskId: task.id,
          audience,
          recipient: user ? { userId: user.id } : { contactId: c.id },
          name: c.name,
          email: c.email ?? user?.email ?? null,
          mobile: c.mobile ?? user?.phone ?? null,
          wecomId: c.wecomId,
          dingtalkId: c.dingtalkId,
          locale: asLocale(user?.locale ?? c.locale),
        });
      }
    }
  }
  return out;
}
