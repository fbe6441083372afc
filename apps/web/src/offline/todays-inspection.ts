import { beijingToday } from "../lib/beijing-date.ts";
import { outboxClient } from "./outbox-client.ts";

// A field check belongs to an inspection that includes the site. The inspector does not plan
// one on the phone: the first entry at a site today creates a routine inspection with them
// and the site, and every later entry there today reuses it (remembered on the phone).
const keyFor = (userId: string, siteId: string, date: string) =>
  `cw-inspection:${userId}:${siteId}:${date}`;

/** Today's inspection of this site by this user, if this phone knows it already. */
export function knownInspection(userId: string, siteId: string): string | undefined {
  return localStorage.getItem(keyFor(userId, siteId, beijingToday())) ?? undefined;
}

/**
 * Today's routine inspection of the site, found or created. Looking it up first keeps a resend
 * (after a reply lost on the way back) from creating a second one.
 */
export async function ensureInspection(userId: string, siteId: string): Promise<string> {
  const date = beijingToday();
  const known = knownInspection(userId, siteId);
  if (known) return known;
  const existing = await outboxClient.inspections.list.query({
    kind: "routine",
    siteId,
    memberId: userId,
    dateFrom: date,
    dateTo: date,
    limit: 1,
  });
  const id =
    existing.items[0]?.id ??
    (
      await outboxClient.inspections.create.mutate({
        kind: "routine",
        date,
        memberIds: [userId],
        siteIds: [siteId],
      })
    ).id;
  localStorage.setItem(keyFor(userId, siteId, date), id);
  return id;
}
