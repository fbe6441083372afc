import {
  type Locale,
  renderTaskEventText,
  TASK_ACTION_NOTICES,
  type TaskEventAudience,
  taskEventDedupeKey,
  taskLink,
} from "@cw/domain";
import type { Tx } from "../audit.ts";
import type { TaskChangeEvent } from "../task-change-hooks.ts";
import { createNotifications, type NotificationRecipient } from "./create-notifications.ts";
import { loadTaskRecipients } from "./task-recipients.ts";

interface Person {
  recipient: NotificationRecipient;
  locale: Locale;
}

const asLocale = (value: string): Locale => (value === "en" ? "en" : "zh-CN");
const keyOf = (r: NotificationRecipient) => ("userId" in r ? `u:${r.userId}` : `c:${r.contactId}`);

/**
 * THE after-task-change hook of the immediate notifications: a dispatch, transfer, return,
 * 督办 notice or deadline change reaches the owner and the unit's liaisons, a submission the
 * inspectors, a partly-fixed verdict the owner — never the person who acted. Recorded in the
 * change's transaction (createNotifications), each in its recipient's language.
 */
export async function notifyTaskChange(tx: Tx, event: TaskChangeEvent): Promise<void> {
  const notice = TASK_ACTION_NOTICES[event.action as keyof typeof TASK_ACTION_NOTICES];
  if (!notice) return;
  const people = (await loadAudience(tx, event, notice.audience)).filter(
    (p) => !("userId" in p.recipient && p.recipient.userId === event.actor?.id),
  );
  if (people.length === 0) return;
  const task = await tx.rectificationTask.findUniqueOrThrow({
    where: { id: event.taskId },
    select: {
      unit: { select: { name: true } },
      pushedBackFromUnit: { select: { name: true } },
      finding: { select: { code: true, site: { select: { name: true } } } },
    },
  });
  const level = event.action === "escalate" ? event.extra.level : undefined;
  const note =
    event.action === "escalate"
      ? event.extra.noticeText
      : "reason" in event.extra
        ? event.extra.reason
        : null;
  const facts = {
    code: task.finding.code,
    siteName: task.finding.site.name,
    // A pushed-back task has no unit: the notice names the unit that pushed it back.
    unitName: task.unit?.name ?? task.pushedBackFromUnit?.name ?? null,
    deadline: event.after.deadline,
    note,
    level,
  };
  const mark = `v${event.after.version}${level ? `:${level}` : ""}`;
  await createNotifications(
    tx,
    event.at,
    people.map((p) => ({
      event: notice.event,
      taskId: event.taskId,
      recipient: p.recipient,
      ...renderTaskEventText(notice.event, p.locale, facts),
      link: taskLink(event.findingId),
      dedupeKey: taskEventDedupeKey({
        event: notice.event,
        taskId: event.taskId,
        recipientKey: keyOf(p.recipient),
        mark,
      }),
    })),
  );
}

async function loadAudience(
  tx: Tx,
  event: TaskChangeEvent,
  audience: TaskEventAudience,
): Promise<Person[]> {
  if (audience === "coordinators") {
    const users = await tx.user.findMany({
      where: { role: "coordinator", active: true },
      select: { id: true, locale: true },
      orderBy: { id: "asc" },
    });
    return users.map((u) => ({ recipient: { userId: u.id }, locale: asLocale(u.locale) }));
  }
  if (audience !== "inspectors") {
    const audiences = audience === "owner" ? (["owner"] as const) : (["owner", "liaison"] as const);
    const found = await loadTaskRecipients(tx, [event.taskId], audiences);
    return found.map((r) => ({ recipient: r.recipient, locale: r.locale }));
  }
  const finding = await tx.finding.findUniqueOrThrow({
    where: { id: event.findingId },
    select: {
      reporterId: true,
      inspection: { select: { members: { select: { userId: true }, orderBy: { userId: "asc" } } } },
    },
  });
  const ids = [
    ...(finding.reporterId ? [finding.reporterId] : []),
    ...(finding.inspection?.members.map((m) => m.userId) ?? []),
  ];
  if (ids.length === 0) return [];
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(ids)] }, active: true },
    select: { id: true, role: true, locale: true },
  });
  const byId = new Map(users.map((u) => [u.id, u]));
  // The reporter first, then the inspection's inspectors (by id).
  return [...new Set(ids)].flatMap((id, i) => {
    const u = byId.get(id);
    const isReporter = i === 0 && id === finding.reporterId;
    if (!u || (!isReporter && u.role !== "inspector")) return [];
    return [{ recipient: { userId: u.id }, locale: asLocale(u.locale) }];
  });
}
