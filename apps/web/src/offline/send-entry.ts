import { uploadPhoto } from "../lib/photo-upload.ts";
import { outboxClient } from "./outbox-client.ts";
import { putEntry } from "./outbox-store.ts";
import type { OutboxEntry } from "./outbox-types.ts";
import { ensureInspection } from "./todays-inspection.ts";

/** What the server answered for a sent entry (a finding's code when one was raised). */
export interface SentResult {
  code?: string;
}

/**
 * Sends one entry: photos first (each id saved as soon as it is known, so a retry uploads only
 * what is missing), then the entry itself. Throws on failure; the caller classifies it.
 */
export async function sendEntry(entry: OutboxEntry): Promise<SentResult> {
  const photoIds = await uploadAll(entry, "photos");
  const afterIds = await uploadAll(entry, "afterPhotos");
  const inspectionId = await ensureInspection(entry.userId, entry.siteId);
  if (entry.kind === "check" && entry.check) {
    const { standardId, result, category, description } = entry.check;
    await outboxClient.fieldChecks.record.mutate({
      inspectionId,
      siteId: entry.siteId,
      results: [{ standardId, result, photoIds, category, description }],
    });
    return {};
  }
  if (!entry.finding) throw new Error("queued entry without content");
  const { category, description, latitude, longitude, fixedOnSpot } = entry.finding;
  const created = await outboxClient.findings.create.mutate({
    siteId: entry.siteId,
    inspectionId,
    source: "routine_inspection",
    category,
    description,
    latitude,
    longitude,
    photoIds,
    // When it was seen, not when the signal came back.
    foundAt: new Date(entry.createdAt),
    clientRef: entry.clientRef,
    fixedOnSpot: fixedOnSpot ? { afterPhotoIds: afterIds } : undefined,
  });
  return { code: created.code };
}

async function uploadAll(entry: OutboxEntry, which: "photos" | "afterPhotos"): Promise<string[]> {
  const ids = entry.uploaded[which];
  for (let i = ids.length; i < entry[which].length; i++) {
    const photo = entry[which][i];
    if (!photo) continue;
    ids.push(await uploadPhoto(photo));
    await putEntry(entry);
  }
  return ids;
}
