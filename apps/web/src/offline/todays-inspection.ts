import { beijingToday } from "../lib/beijing-date.ts";
import { outboxClient } from "./outbox-client.ts";

// A field check belongs to an inspection that includes the site. The inspector does not plan
// one on the phone: the first entry at a site today has the server find or create a routine
// inspection with them and the site, and every later entry there today reuses it (remembered
// on the phone under the day the server says).
const keyFor = (userId: string, siteId: string, date: string) =>
  `cw-inspection:${userId}:${siteId}:${date}`;

/** Today's inspection of this site by this user, if this phone knows it already. */
export function knownInspection(userId: string, siteId: string): string | undefined {
  return localStorage.getItem(keyFor(userId, siteId, beijingToday())) ?? undefined;
}

/**
 * Today's routine inspection of the site, found or created by the server in one step
 * (inspections.today), so a resend after a reply lost on the way back, or two sends at once,
 * reuse the same inspection.
 */
export async function ensureInspection(userId: string, siteId: string): Promise<string> {
  const known = knownInspection(userId, siteId);
  if (known) return known;
  const { id, date } = await outboxClient.inspections.today.mutate({ siteId });
  localStorage.setItem(keyFor(userId, siteId, date), id);
  return id;
}
