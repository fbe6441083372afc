import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { PhotoUploadError } from "../src/lib/photo-upload.ts";
import { classify } from "../src/offline/outbox-client.ts";
import { createOutboxRunner, type OutboxStore } from "../src/offline/outbox-runner.ts";
import type { OutboxEntry, SentRecord } from "../src/offline/outbox-types.ts";

/** The queue in memory, kept in order by seq like the IndexedDB store. */
class MemoryStore implements OutboxStore {
  entries = new Map<string, OutboxEntry>();
  sent: SentRecord[] = [];
  async listEntries() {
    return [...this.entries.values()].sort((a, b) => a.seq - b.seq);
  }
  async putEntry(entry: OutboxEntry) {
    this.entries.set(entry.clientRef, entry);
  }
  async removeEntry(clientRef: string) {
    this.entries.delete(clientRef);
  }
  async addSent(record: SentRecord) {
    this.sent = [record, ...this.sent];
  }
}

type Outcome = { code?: string } | Error | Promise<{ code?: string }>;

/** A sender that answers each entry from a script, and records what it was asked to send. */
function scriptedSend(script: Record<string, Outcome[]>) {
  const calls: string[] = [];
  const send = async (entry: OutboxEntry) => {
    calls.push(entry.clientRef);
    const outcome = script[entry.clientRef]?.shift() ?? {};
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { calls, send };
}

const NOW = new Date("2026-10-12T01:30:00Z");
const entry = (clientRef: string, seq: number, userId = "u-1"): OutboxEntry => ({
  clientRef,
  seq,
  createdAt: "2026-10-12T01:00:00.000Z",
  userId,
  siteId: "site-1",
  siteName: "人民广场",
  kind: "finding",
  finding: { category: "环境卫生", description: `问题 ${clientRef}`, fixedOnSpot: false },
  photos: [],
  afterPhotos: [],
  uploaded: { photos: [], afterPhotos: [] },
  state: "waiting",
});

const trpcError = (code: string, httpStatus: number, message: string) =>
  TRPCClientError.from({ error: { code: -32600, message, data: { code, httpStatus } } });
const offline = () => new TypeError("Failed to fetch");

function setUp(script: Record<string, Outcome[]>, ...entries: OutboxEntry[]) {
  const store = new MemoryStore();
  for (const e of entries) store.entries.set(e.clientRef, e);
  const sender = scriptedSend(script);
  let progress = 0;
  const runner = createOutboxRunner({ store, send: sender.send, now: () => NOW });
  const drain = () =>
    runner.drain(
      "u-1",
      (e) => `发现问题：${e.finding?.description}`,
      () => progress++,
    );
  return { store, runner, drain, calls: sender.calls, progress: () => progress };
}

describe("the offline queue", () => {
  it("stores a new entry first, waiting, with its own clientRef and the time it was made", async () => {
    const store = new MemoryStore();
    const runner = createOutboxRunner({
      store,
      send: async () => ({}),
      now: () => NOW,
      newRef: () => "ref-1",
    });
    const stored = await runner.enqueue("u-1", {
      siteId: "site-1",
      siteName: "人民广场",
      kind: "check",
      check: { standardId: "std-1", standardCode: "1.1.1", result: "pass" },
    });
    const { seq, ...rest } = stored;
    expect(rest).toEqual({
      clientRef: "ref-1",
      createdAt: "2026-10-12T01:30:00.000Z",
      userId: "u-1",
      siteId: "site-1",
      siteName: "人民广场",
      kind: "check",
      check: { standardId: "std-1", standardCode: "1.1.1", result: "pass" },
      photos: [],
      afterPhotos: [],
      uploaded: { photos: [], afterPhotos: [] },
      state: "waiting",
    });
    // Milliseconds of creation, plus less than half of one to keep ties apart.
    expect(seq).toBeGreaterThanOrEqual(NOW.getTime());
    expect(seq).toBeLessThan(NOW.getTime() + 0.5);
    expect([...store.entries.values()]).toEqual([stored]);
  });

  it("sends this user's entries oldest first, logs each and removes it", async () => {
    const q = setUp(
      { b: [{ code: "F-0002" }], a: [{ code: "F-0001" }] },
      entry("b", 20),
      entry("other", 5, "u-2"),
      entry("a", 10),
    );
    expect(await q.drain()).toEqual({ sent: 2, stopped: null });
    expect(q.calls).toEqual(["a", "b"]);
    expect(q.progress()).toBe(2);
    expect(q.store.sent).toEqual([
      {
        clientRef: "b",
        siteName: "人民广场",
        kind: "finding",
        label: "发现问题：问题 b",
        code: "F-0002",
        sentAt: "2026-10-12T01:30:00.000Z",
      },
      {
        clientRef: "a",
        siteName: "人民广场",
        kind: "finding",
        label: "发现问题：问题 a",
        code: "F-0001",
        sentAt: "2026-10-12T01:30:00.000Z",
      },
    ]);
    // Another user's entry waits for their own session.
    expect([...q.store.entries.keys()]).toEqual(["other"]);
  });

  it("stops at the first entry that cannot get through, and resends it first next time", async () => {
    const q = setUp({ b: [offline(), { code: "F-0002" }] }, entry("a", 1), entry("b", 2), {
      ...entry("c", 3),
      error: "上次的错误",
    });
    q.store.entries.set("b", { ...entry("b", 2), error: "服务暂不可用" });
    const first = await q.drain();
    expect(first).toMatchObject({ sent: 1, stopped: { kind: "offline" } });
    expect(q.calls).toEqual(["a", "b"]);
    // Offline says nothing the banner does not: the old reason is cleared, not kept.
    expect(q.store.entries.get("b")).toEqual(entry("b", 2));
    expect(q.store.entries.get("c")?.error).toBe("上次的错误");

    // No backoff of its own: the next call (online event or the 15 s timer) starts again at b.
    expect(await q.drain()).toEqual({ sent: 2, stopped: null });
    expect(q.calls).toEqual(["a", "b", "b", "c"]);
    expect(q.store.sent.map((r) => [r.clientRef, r.code])).toEqual([
      ["c", undefined],
      ["b", "F-0002"],
      ["a", undefined],
    ]);
    expect(q.store.entries.size).toBe(0);
  });

  it("keeps the server's reason on an entry it will retry, and stops when signed out", async () => {
    const q = setUp(
      {
        a: [
          trpcError("INTERNAL_SERVER_ERROR", 500, "服务器内部错误"),
          new PhotoUploadError(401, true, "请先登录"),
        ],
      },
      entry("a", 1),
      entry("b", 2),
    );
    expect(await q.drain()).toMatchObject({
      sent: 0,
      stopped: { kind: "retry", message: "服务器内部错误" },
    });
    expect(q.store.entries.get("a")).toEqual({ ...entry("a", 1), error: "服务器内部错误" });
    expect(await q.drain()).toMatchObject({
      sent: 0,
      stopped: { kind: "signedOut", message: "请先登录" },
    });
    expect(q.store.entries.get("a")).toEqual({ ...entry("a", 1), error: "请先登录" });
    expect(q.calls).toEqual(["a", "a"]);
    expect(q.progress()).toBe(0);
  });

  it("sets a refused entry aside for the inspector and goes on with the next", async () => {
    const q = setUp(
      { a: [trpcError("BAD_REQUEST", 400, "描述不能为空")], b: [{ code: "F-0002" }] },
      entry("a", 1),
      entry("b", 2),
    );
    expect(await q.drain()).toEqual({ sent: 1, stopped: null });
    expect(q.store.entries.get("a")).toEqual({
      ...entry("a", 1),
      state: "refused",
      error: "描述不能为空",
    });
    expect(q.progress()).toBe(2);
    // Refused stays refused: sending it again would only be refused again.
    expect(await q.drain()).toEqual({ sent: 0, stopped: null });
    expect(q.calls).toEqual(["a", "b"]);
  });

  it("runs one drain at a time and picks up an entry made during a run", async () => {
    let release: (value: { code?: string }) => void = () => {};
    const slow = new Promise<{ code?: string }>((resolve) => {
      release = resolve;
    });
    const q = setUp({ a: [slow] }, entry("a", 1));
    const first = q.drain();
    await Promise.resolve();
    await q.store.putEntry(entry("b", 2));
    const second = q.drain();
    expect(second).toBe(first);
    release({ code: "F-0001" });
    expect(await first).toEqual({ sent: 2, stopped: null });
    expect(q.calls).toEqual(["a", "b"]);
  });
});

describe("classify: why a send failed decides what the queue does", () => {
  it("sorts tRPC, upload and network failures", () => {
    const kinds = [
      offline(),
      trpcError("UNAUTHORIZED", 401, "请先登录"),
      trpcError("INTERNAL_SERVER_ERROR", 500, "服务器内部错误"),
      trpcError("CONFLICT", 409, "已被他人修改"),
      new TRPCClientError("no answer"),
      new PhotoUploadError(401, true, "请先登录"),
      new PhotoUploadError(503, true, "服务暂不可用"),
      new PhotoUploadError(413, true, "照片超过 10 MB"),
      // A proxy's HTML page, not the app's answer: worth another try.
      new PhotoUploadError(413, false, "HTTP 413"),
    ].map((error) => [classify(error).kind, classify(error).message]);
    expect(kinds).toEqual([
      ["offline", "Failed to fetch"],
      ["signedOut", "请先登录"],
      ["retry", "服务器内部错误"],
      ["refused", "已被他人修改"],
      ["offline", "no answer"],
      ["signedOut", "请先登录"],
      ["retry", "服务暂不可用"],
      ["refused", "照片超过 10 MB"],
      ["retry", "HTTP 413"],
    ]);
  });
});
