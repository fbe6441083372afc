import { classify, type SendFailure } from "./outbox-client.ts";
import type { NewEntry, OutboxEntry, SentRecord } from "./outbox-types.ts";

/** Where the queue lives: IndexedDB on the phone (outbox-store.ts), memory in tests. */
export interface OutboxStore {
  /** Every stored entry, oldest (lowest seq) first. */
  listEntries(): Promise<OutboxEntry[]>;
  putEntry(entry: OutboxEntry): Promise<void>;
  removeEntry(clientRef: string): Promise<void>;
  addSent(record: SentRecord): Promise<void>;
}

export interface OutboxPorts {
  store: OutboxStore;
  /** Sends one entry (send-entry.ts); throws on failure, which `classify` sorts. */
  send: (entry: OutboxEntry) => Promise<{ code?: string }>;
  now?: () => Date;
  newRef?: () => string;
}

export interface DrainResult {
  sent: number;
  /** Why sending stopped before the end, if it did. */
  stopped: SendFailure | null;
}

export interface OutboxRunner {
  enqueue(userId: string, entry: NewEntry): Promise<OutboxEntry>;
  drain(
    userId: string,
    label: (entry: OutboxEntry) => string,
    onProgress: () => void,
  ): Promise<DrainResult>;
}

/** The queue's behaviour over a store and a sender, so it runs the same on a phone and in a test. */
export function createOutboxRunner({
  store,
  send,
  now = () => new Date(),
  newRef = () => crypto.randomUUID(),
}: OutboxPorts): OutboxRunner {
  let running: Promise<DrainResult> | null = null;
  let again = false;

  /** Stores a new entry on the phone first: nothing the inspector entered depends on the signal. */
  async function enqueue(userId: string, entry: NewEntry): Promise<OutboxEntry> {
    const at = now();
    const stored: OutboxEntry = {
      ...entry,
      clientRef: newRef(),
      // Creation order; the fraction keeps two entries made in one millisecond apart.
      seq: at.getTime() + Math.random() / 2,
      createdAt: at.toISOString(),
      userId,
      photos: entry.photos ?? [],
      afterPhotos: entry.afterPhotos ?? [],
      uploaded: { photos: [], afterPhotos: [] },
      state: "waiting",
    };
    await store.putEntry(stored);
    return stored;
  }

  /**
   * Sends this user's waiting entries oldest first. One run at a time (the online event, the
   * timer and a new entry may all ask at once); it stops at the first entry that cannot get
   * through, so entries arrive in the order they were made. `label` names an entry in the log.
   */
  function drain(
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
    for (const entry of await store.listEntries()) {
      // Another user's entries wait for their own session; refused ones for the inspector.
      if (entry.userId !== userId || entry.state === "refused") continue;
      try {
        const result = await send(entry);
        await store.addSent({
          clientRef: entry.clientRef,
          siteName: entry.siteName,
          kind: entry.kind,
          label: label(entry),
          code: result.code,
          sentAt: now().toISOString(),
        });
        await store.removeEntry(entry.clientRef);
        sent++;
        onProgress();
      } catch (error) {
        const failure = classify(error);
        if (failure.kind !== "refused") {
          // "Failed to fetch" says nothing the offline banner does not; other reasons are kept.
          await store.putEntry({
            ...entry,
            error: failure.kind === "offline" ? undefined : failure.message,
          });
          return { sent, stopped: failure };
        }
        await store.putEntry({ ...entry, state: "refused", error: failure.message });
        onProgress();
      }
    }
    return { sent, stopped: null };
  }

  return { enqueue, drain };
}
