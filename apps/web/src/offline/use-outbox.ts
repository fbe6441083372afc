import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { useTRPC } from "../lib/trpc.ts";
import type { SendFailure } from "./outbox-client.ts";
import { createOutboxRunner } from "./outbox-runner.ts";
import { addSent, listEntries, listSent, putEntry, removeEntry } from "./outbox-store.ts";
import type { NewEntry, OutboxEntry, SentRecord } from "./outbox-types.ts";
import { sendEntry } from "./send-entry.ts";

// The phone's one queue: entries in IndexedDB, sent through the API.
const { drain, enqueue } = createOutboxRunner({
  store: { listEntries, putEntry, removeEntry, addSent },
  send: sendEntry,
});

// Poor signal rarely fires an "online" event when it improves: try again on a timer as well.
const RETRY_MS = 15_000;

export interface LastSent {
  count: number;
  at: Date;
}

export interface Outbox {
  /** This user's entries still on the phone, oldest first. */
  waiting: OutboxEntry[];
  sent: SentRecord[];
  sending: boolean;
  /** How many entries the last send that delivered any got through, and when it ended. */
  lastSent: LastSent | null;
  /** Why the last attempt stopped (offline, signed out, server trouble), if it did. */
  stopped: SendFailure | null;
  add: (entry: NewEntry) => Promise<OutboxEntry>;
  sendNow: () => void;
  discard: (clientRef: string) => Promise<void>;
}

/** The phone's queue for one signed-in user, sent whenever the connection allows. */
export function useOutbox(userId: string, label: (entry: OutboxEntry) => string): Outbox {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [waiting, setWaiting] = useState<OutboxEntry[]>([]);
  const [sent, setSent] = useState<SentRecord[]>([]);
  const [sending, setSending] = useState(false);
  const [stopped, setStopped] = useState<SendFailure | null>(null);
  const [lastSent, setLastSent] = useState<LastSent | null>(null);
  const labelRef = useRef(label);
  labelRef.current = label;

  const reload = useCallback(async () => {
    const [entries, log] = await Promise.all([listEntries(), listSent()]);
    setWaiting(entries.filter((e) => e.userId === userId));
    setSent(log);
  }, [userId]);

  const sendNow = useCallback(async () => {
    if (!navigator.onLine) return;
    setSending(true);
    const result = await drain(
      userId,
      (e) => labelRef.current(e),
      () => void reload(),
    );
    setStopped(result.stopped);
    if (result.sent > 0) setLastSent({ count: result.sent, at: new Date() });
    setSending(false);
    await reload();
    if (result.sent > 0) {
      // What was sent changes the checklist's results and today's inspection.
      await queryClient.invalidateQueries({ queryKey: trpc.fieldChecks.pathKey() });
      await queryClient.invalidateQueries({ queryKey: trpc.tasks.pathKey() });
    }
  }, [userId, reload, queryClient, trpc]);

  useEffect(() => {
    void reload().then(sendNow);
    const retry = () => void sendNow();
    window.addEventListener("online", retry);
    const timer = window.setInterval(retry, RETRY_MS);
    return () => {
      window.removeEventListener("online", retry);
      window.clearInterval(timer);
    };
  }, [reload, sendNow]);

  const add = useCallback(
    async (entry: NewEntry) => {
      const stored = await enqueue(userId, entry);
      await reload();
      void sendNow();
      return stored;
    },
    [userId, reload, sendNow],
  );

  const discard = useCallback(
    async (clientRef: string) => {
      await removeEntry(clientRef);
      await reload();
    },
    [reload],
  );

  return {
    waiting,
    sent,
    sending,
    lastSent,
    stopped,
    add,
    sendNow: () => void sendNow(),
    discard,
  };
}
