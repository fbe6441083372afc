import { classify, type SendFailure } from "./outbox-client.ts";
import { addSent, listEntries, putEntry, removeEntry } from "./outbox-store.ts";
import type { NewEntry, OutboxEntry } from "./outbox-types.ts";
import { sendEntry } from "./send-entry.ts";

/** Stores a new entry on the phone first: nothing the inspector entered depends on the signal. */
export async function enqueue(userId: string, entry: NewEntry): Promise<OutboxEntry> {
  const stored: OutboxEntry = {
    ...entry,
    clientRef: crypto.randomUUID(),
    seq: Date.now() + Math.random() / 2,
    createdAt: new Date().toISOString(),
    userId,
    photos: entry.photos ?? [],
    afterPhotos: entry.afterPhotos ?? [],
    uploaded: { photos: [], afterPhotos: [] },
    state: "waiting",
  };
  await putEntry(stored);
  return stored;
}

export interface DrainResult {
  sent: number;
  /** Why sending stopped before the end, if it did. */
  stopped: SendFailure | null;
}

let running: Promise<DrainResult> | null = null;
let again = false;

/**
 * Sends this user's waiting entries oldest first. One run at a time (the online event, the
 * timer and a new entry may all ask at once); it stops at the first entry that cannot get
 * through, so entries arrive in the order they were made. `label` names an entry in the log.
 */
export function drain(
  userId: string,
  label: (entry: OutboxEntry) => string,
  onProgress: () => void,
): Promise<DrainResult> {
  if (running) {
    // An entry made during a run is picked up by one more pass, not left for the timer.
    again = true;
    return running;
  }
  running = (async () => {
    let total = 0;
    let stopped: SendFailure | null = null;
    do {
      again = false;
      const result = await run(userId, label, onProgress);
      total += result.sent;
      stopped = result.stopped;
    } while (again && !stopped);
    return { sent: total, stopped };
  })().finally(() => {
    running = null;
  });
  return running;
}

async function run(
  userId: string,
  label: (entry: OutboxEntry) => string,
  onProgress: () => void,
): Promise<DrainResult> {
  let sent = 0;
  for (const entry of await listEntries()) {
    // Another user's entries wait for their own session; refused ones for the inspector.
    if (entry.userId !== userId || entry.state === "refused") continue;
    try {
      const result = await sendEntry(entry);
      await addSent({
        clientRef: entry.clientRef,
        siteName: entry.siteName,
        kind: entry.kind,
        label: label(entry),
        code: result.code,
        sentAt: new Date().toISOString(),
      });
      await removeEntry(entry.clientRef);
      sent++;
      onProgress();
    } catch (error) {
      const failure = classify(error);
      if (failure.kind !== "refused") {
        // "Failed to fetch" says nothing the offline banner does not; other reasons are kept.
        await putEntry({
          ...entry,
          error: failure.kind === "offline" ? undefined : failure.message,
        });
        return { sent, stopped: failure };
      }
      await putEntry({ ...entry, state: "refused", error: failure.message });
      onProgress();
    }
  }
  return { sent, stopped: null };
}
