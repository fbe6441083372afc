import {
  type DeliveryChannel,
  endOfShanghaiDay,
  type NotificationEvent,
  planDelivery,
  type RecipientRole,
  shanghaiDate,
  startOfShanghaiDay,
} from "@cw/domain";
import type { Tx } from "../audit.ts";
import { loadNotificationSettings } from "./notification-settings.ts";

export interface CreatedNotification {
  id: string;
  event: NotificationEvent;
  taskId: string | null;
  recipientUserId: string | null;
  recipientContactId: string | null;
}

interface Reach {
  role: RecipientRole;
  unitId: string | null;
  email: string | null;
  mobile: string | null;
  wecomId: string | null;
  dingtalkId: string | null;
}

/** Whom each notification reaches, on which addresses. */
async function loadReach(tx: Tx, notes: readonly CreatedNotification[]) {
  const userIds = [
    ...new Set(notes.flatMap((n) => (n.recipientUserId ? [n.recipientUserId] : []))),
  ];
  const contactIds = [
    ...new Set(notes.flatMap((n) => (n.recipientContactId ? [n.recipientContactId] : []))),
  ];
  const [users, contacts] = await Promise.all([
    tx.user.findMany({
      where: { id: { in: userIds } },
      select: {
        id: true,
        role: true,
        unitId: true,
        email: true,
        phone: true,
        contacts: { where: { active: true }, select: { wecomId: true, dingtalkId: true } },
      },
    }),
    tx.unitContact.findMany({
      where: { id: { in: contactIds } },
      select: {
        id: true,
        role: true,
        unitId: true,
        email: true,
        mobile: true,
        wecomId: true,
        dingtalkId: true,
      },
    }),
  ]);
  const reach = new Map<string, Reach>();
  for (const u of users) {
    reach.set(`u:${u.id}`, {
      role: u.role,
      unitId: u.unitId,
      email: u.email,
      mobile: u.phone,
      wecomId: u.contacts.find((c) => c.wecomId)?.wecomId ?? null,
      dingtalkId: u.contacts.find((c) => c.dingtalkId)?.dingtalkId ?? null,
    });
  }
  for (const c of contacts) reach.set(`c:${c.id}`, { ...c });
  return reach;
}

/**
 * One delivery row per channel each new notification's recipient can be reached on: email
 * with an address (and SMTP configured), SMS with a mobile (and a gateway), the unit's robot
 * when the person has a handle there. The settings decide now: suppressed rows record the rule,
 * quiet hours move `notBefore`. Runs inside createNotifications' transaction.
 */
export async function fanOutDeliveries(
  tx: Tx,
  at: Date,
  notes: readonly CreatedNotification[],
): Promise<number> {
  if (notes.length === 0) return 0;
  const settings = await loadNotificationSettings(tx);
  // Read, not validated, here: the server refused a malformed SMTP_URL at start-up, and a
  // notification's transaction (a dispatch) must never fail over mail configuration.
  const emailOn = Boolean(process.env.SMTP_URL?.trim());
  const [reach, sms, tasks] = await Promise.all([
    loadReach(tx, notes),
    tx.setting.findUnique({ where: { key: "sms_gateway" }, select: { key: true } }),
    tx.rectificationTask.findMany({
      where: { id: { in: [...new Set(notes.flatMap((n) => (n.taskId ? [n.taskId] : [])))] } },
      select: { id: true, unitId: true },
    }),
  ]);
  const taskUnit = new Map(tasks.map((t) => [t.id, t.unitId]));
  const unitOf = (n: CreatedNotification, r: Reach) =>
    (n.taskId ? taskUnit.get(n.taskId) : null) ?? r.unitId;
  const unitIds = [
    ...new Set(
      notes.flatMap((n) => {
        const r = reach.get(key(n));
        const u = r ? unitOf(n, r) : null;
        return u ? [u] : [];
      }),
    ),
  ];
  const robots = await tx.unitChannel.findMany({
    where: { unitId: { in: unitIds }, active: true },
    select: { id: true, unitId: true, channel: true },
  });
  const robotOf = (unitId: string | null, channel: DeliveryChannel) =>
    robots.find((r) => r.unitId === unitId && r.channel === channel)?.id ?? null;

  const day = shanghaiDate(at);
  const today = await tx.delivery.findMany({
    where: {
      createdAt: { gte: startOfShanghaiDay(day), lt: endOfShanghaiDay(day) },
      status: { not: "suppressed" },
    },
    select: { channel: true, target: true, mention: true },
  });
  const sent = new Map<string, number>();
  const capKey = (channel: string, person: string) => `${channel}|${person}`;
  for (const d of today) {
    const k = capKey(d.channel, d.mention ?? d.target);
    sent.set(k, (sent.get(k) ?? 0) + 1);
  }

  const rows: {
    notificationId: string;
    channel: DeliveryChannel;
    target: string;
    mention: string | null;
    status: "pending" | "suppressed";
    suppressedBy: string | null;
    notBefore: Date;
    createdAt: Date;
  }[] = [];
  for (const n of notes) {
    const r = reach.get(key(n));
    if (!r) continue;
    const unitId = unitOf(n, r);
    const options: [DeliveryChannel, string | null, string | null][] = [
      ["email", emailOn ? r.email : null, null],
      ["sms", sms ? r.mobile : null, null],
      ["wecom", r.wecomId ? robotOf(unitId, "wecom") : null, r.wecomId],
      ["dingtalk", r.dingtalkId ? robotOf(unitId, "dingtalk") : null, r.dingtalkId],
    ];
    for (const [channel, target, mention] of options) {
      if (!target) continue;
      const k = capKey(channel, mention ?? target);
      const plan = planDelivery(settings, {
        event: n.event,
        role: r.role,
        channel,
        at,
        sentToday: sent.get(k) ?? 0,
      });
      if (plan.send) sent.set(k, (sent.get(k) ?? 0) + 1);
      rows.push({
        notificationId: n.id,
        channel,
        target,
        mention,
        status: plan.send ? "pending" : "suppressed",
        suppressedBy: plan.send ? null : plan.rule,
        notBefore: plan.send ? plan.notBefore : at,
        createdAt: at,
      });
    }
  }
  if (rows.length) await tx.delivery.createMany({ data: rows, skipDuplicates: true });
  return rows.filter((r) => r.status === "pending").length;
}

const key = (n: CreatedNotification) =>
  n.recipientUserId ? `u:${n.recipientUserId}` : `c:${n.recipientContactId}`;
