import { Worker } from "node:worker_threads";
import {
  DriverAdapterError,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
  type TransactionOptions,
} from "@prisma/driver-adapter-utils";

/**
 * The embedded database in its own thread (pglite-worker.mjs): PGlite is single-threaded
 * WebAssembly, and on the server's main thread one overview query would stall every other
 * request, static files included (issue 11). Here the main thread only posts queries and
 * awaits answers; Prisma talks to it through a driver adapter that forwards each call.
 * PGlite itself serialises statements and keeps a transaction's statements together, so the
 * bridge adds no locking of its own.
 */
export interface PgliteThread {
  call<T>(op: string, handle: number, ...args: unknown[]): Promise<T>;
  /** Closes the database (flushing it to disk) and ends the thread. */
  close(): Promise<void>;
}

interface WorkerReply {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: SerializedError;
}

interface SerializedError {
  message: string;
  driver?: ConstructorParameters<typeof DriverAdapterError>[0];
  name?: string;
  code?: string;
}

const WORKER_URL = new URL("./pglite-worker.mjs", import.meta.url);

/**
 * Starts the thread and waits until PGlite has opened `dataDir` (undefined: in memory),
 * starting from the dump at `loadDataDir` when given.
 */
export async function startPgliteThread(
  dataDir: string | undefined,
  loadDataDir?: string,
): Promise<PgliteThread> {
  const worker = new Worker(WORKER_URL, {
    workerData: { ...(dataDir ? { dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}) },
  });
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let nextId = 1;
  let stopped: Error | null = null;

  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number) =>
      reject(new Error(`the database thread stopped (code ${code})`));
    worker.once("error", reject);
    worker.once("exit", onExit);
    worker.once("message", (message: { ready?: boolean; message?: string }) => {
      worker.off("error", reject);
      worker.off("exit", onExit);
      if (message.ready) resolve();
      else reject(new Error(message.message ?? "the database could not be opened"));
    });
  }).catch(async (error: Error) => {
    await worker.terminate();
    throw error;
  });

  worker.on("message", (reply: WorkerReply) => {
    const waiter = pending.get(reply.id);
    if (!waiter) return;
    pending.delete(reply.id);
    if (reply.ok) waiter.resolve(reply.value);
    else waiter.reject(toError(reply.error as SerializedError));
  });
  const fail = (error: Error) => {
    stopped = error;
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on("error", fail);
  worker.on("exit", (code) => fail(new Error(`the database thread stopped (code ${code})`)));

  const call = <T>(op: string, handle: number, ...args: unknown[]) =>
    new Promise<T>((resolve, reject) => {
      if (stopped) {
        reject(stopped);
        return;
      }
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      worker.postMessage({ id, op, handle, args });
    });

  return {
    call,
    async close() {
      if (stopped) return;
      await call("close", 0);
      await worker.terminate();
    },
  };
}

function toError(error: SerializedError): Error {
  if (error.driver) return new DriverAdapterError(error.driver);
  return Object.assign(new Error(error.message), {
    ...(error.name ? { name: error.name } : {}),
    ...(error.code ? { code: error.code } : {}),
  });
}

const ADAPTER_NAME = "pglite-prisma-adapter";

/** Prisma's driver adapter over the thread (and the schema engine's, with a shadow database). */
export class PgliteThreadAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = ADAPTER_NAME;
  constructor(private readonly thread: PgliteThread) {}
  connect(): Promise<SqlDriverAdapter> {
    return Promise.resolve(new ThreadAdapter(this.thread, 0));
  }
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return new ThreadAdapter(this.thread, await this.thread.call<number>("shadow", 0));
  }
}

class ThreadQueryable {
  readonly provider = "postgres";
  readonly adapterName = ADAPTER_NAME;
  constructor(
    protected readonly thread: PgliteThread,
    protected readonly handle: number,
  ) {}
  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return this.thread.call("queryRaw", this.handle, plainQuery(query));
  }
  executeRaw(query: SqlQuery): Promise<number> {
    return this.thread.call("executeRaw", this.handle, plainQuery(query));
  }
}

class ThreadAdapter extends ThreadQueryable implements SqlDriverAdapter {
  executeScript(script: string): Promise<void> {
    return this.thread.call("executeScript", this.handle, script);
  }
  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const tx = await this.thread.call<{ handle: number; options: TransactionOptions }>(
      "startTransaction",
      this.handle,
      isolationLevel,
    );
    return new ThreadTransaction(this.thread, tx.handle, tx.options);
  }
  getConnectionInfo() {
    return { supportsRelationJoins: true };
  }
  dispose(): Promise<void> {
    return Promise.resolve();
  }
}

class ThreadTransaction extends ThreadQueryable implements Transaction {
  constructor(
    thread: PgliteThread,
    handle: number,
    readonly options: TransactionOptions,
  ) {
    super(thread, handle);
  }
  commit(): Promise<void> {
    return this.thread.call("commit", this.handle);
  }
  rollback(): Promise<void> {
    return this.thread.call("rollback", this.handle);
  }
}

/** Only data crosses the thread: Prisma's query objects may carry getters or class values. */
function plainQuery(query: SqlQuery): SqlQuery {
  return { sql: query.sql, args: query.args, argTypes: query.argTypes };
}
