import { createStore, del, get, set, values } from "idb-keyval";
import type { OutboxEntry, SentRecord } from "./outbox-types.ts";

// IndexedDB keeps photos as Blobs and survives a reload or a closed tab, unlike memory or
// localStorage; one small database for the queue, another for the log of what was sent.
const entries = createStore("cw-outbox", "entries");
const log = createStore("cw-outbox-sent", "sent");
const SENT_KEY = "recent";
const SENT_KEPT = 30;

export async function listEntries(): Promise<OutboxEntry[]> {
  const all = await values<OutboxEntry>(entries);
  return all.sort((a, b) => a.seq - b.seq);
}

export function putEntry(entry: OutboxEntry): Promise<void> {
  return set(entry.clientRef, entry, entries);
}

export function removeEntry(clientRef: string): Promise<void> {
  return del(clientRef, entries);
}

export async function listSent(): Promise<SentRecord[]> {
  return (await get<SentRecord[]>(SENT_KEY, log)) ?? [];
}

export async function addSent(record: SentRecord): Promise<void> {
  const recent = await listSent();
  await set(SENT_KEY, [record, ...recent].slice(0, SENT_KEPT), log);
}
