import {
  assertOneHead,
  contactUserRefusal,
  type UnitContactInput,
  type UnitContactOutput,
} from "@cw/domain";
import type { Tx } from "../audit.ts";

const CONTACT = {
  id: true,
  unitId: true,
  role: true,
  userId: true,
  name: true,
  mobile: true,
  email: true,
  wecomId: true,
  dingtalkId: true,
} as const;

/** The active contacts of these units, each unit's head first, then liaisons as added. */
export async function loadUnitContacts(
  tx: Tx,
  unitIds: readonly string[],
): Promise<Map<string, UnitContactOutput[]>> {
  const rows = await tx.unitContact.findMany({
    where: { unitId: { in: [...unitIds] }, active: true },
    orderBy: [{ role: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: CONTACT,
  });
  const byUnit = new Map<string, UnitContactOutput[]>();
  for (const { unitId, ...contact } of rows) {
    byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), contact]);
  }
  return byUnit;
}

/**
 * Makes the unit's contacts exactly `contacts`: those naming an id of the unit are updated,
 * the others added, and the unit's contacts left out retired (kept inactive, so notifications
 * sent to them keep their recipient). A contact who is a user takes their name if none is typed.
 */
export async function storeUnitContacts(
  tx: Tx,
  unitId: string,
  contacts: readonly UnitContactInput[],
  at: Date,
): Promise<void> {
  assertOneHead(contacts);
  const userIds = contacts.flatMap((c) => (c.userId ? [c.userId] : []));
  const users = await tx.user.findMany({
    where: { id: { in: userIds } },
    select: { id: true, displayName: true, unitId: true, active: true },
  });
  const userById = new Map(users.map((u) => [u.id, u]));
  contacts.forEach((c, i) => {
    if (!c.userId) return;
    const refused = contactUserRefusal(userById.get(c.userId) ?? null, unitId, i);
    if (refused) throw refused;
  });
  const existing = await tx.unitContact.findMany({
    where: { unitId, active: true },
    select: { id: true },
  });
  const kept = new Set(existing.map((c) => c.id));
  const keepIds = contacts.flatMap((c) => (c.id && kept.has(c.id) ? [c.id] : []));
  await tx.unitContact.updateMany({
    where: { unitId, active: true, id: { notIn: keepIds } },
    data: { active: false, updatedAt: at },
  });
  for (const [i, c] of contacts.entries()) {
    const data = {
      role: c.role,
      userId: c.userId ?? null,
      name: c.name || (c.userId ? (userById.get(c.userId)?.displayName ?? "") : ""),
      mobile: c.mobile ?? null,
      email: c.email ?? null,
      wecomId: c.wecomId ?? null,
      dingtalkId: c.dingtalkId ?? null,
      updatedAt: at,
    };
    if (c.id && kept.has(c.id)) {
      await tx.unitContact.update({ where: { id: c.id }, data, select: { id: true } });
    } else {
      // Contacts are listed by when they were added; those added together keep the form's
      // order one millisecond apart, since they share the request's instant.
      await tx.unitContact.create({
        data: { ...data, unitId, createdAt: new Date(at.getTime() + i) },
        select: { id: true },
      });
    }
  }
}
