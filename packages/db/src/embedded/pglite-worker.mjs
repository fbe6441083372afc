// The embedded database's own thread: PGlite (PostgreSQL in WebAssembly) and its Prisma driver
// adapter run here, so a long query never blocks the server's event loop. The main thread
// talks to it through pglite-thread.ts; each message names an operation on a handle (0 = the
// connection, others = open transactions or a shadow database).
//
// Plain JavaScript on purpose: a worker thread loads its file with Node's own loader, which
// under tsx and vitest alike does not compile TypeScript.
import { readFile } from "node:fs/promises";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPGlite } from "pglite-prisma-adapter";

if (!parentPort) throw new Error("pglite-worker.mjs runs as a worker thread");
const port = parentPort;

/** @type {{ dataDir?: string, loadDataDir?: string }} */
const options = workerData ?? {};

/** @type {PGlite} */
let pglite;
try {
  pglite = new PGlite({
    // The task list's text search runs on trigram indexes (the migrations create the extension).
    extensions: { pg_trgm },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    // A dump of a database already migrated (tests share one instead of migrating each).
    ...(options.loadDataDir
      ? { loadDataDir: new Blob([await readFile(options.loadDataDir)]) }
      : {}),
  });
  await pglite.waitReady;
} catch (error) {
  port.postMessage({ ready: false, message: messageOf(error) });
  process.exit(0);
}

/**
 * pglite-prisma-adapter 0.7 fires `exec` for scripts without awaiting it, so a failing
 * migration would be recorded as applied. This waits for the script and rethrows its error in
 * the form the schema engine understands.
 */
async function connect(client) {
  const adapter = await new PrismaPGlite(client).connect();
  adapter.executeScript = async (script) => {
    try {
      await client.exec(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/** @type {Map<number, any>} */
const handles = new Map([[0, await connect(pglite)]]);
/** @type {PGlite[]} */
const shadows = [];
let nextHandle = 1;

function handle(id) {
  const target = handles.get(id);
  if (!target) throw new Error(`no open connection or transaction #${id}`);
  return target;
}

const operations = {
  queryRaw: (id, query) => handle(id).queryRaw(query),
  executeRaw: (id, query) => handle(id).executeRaw(query),
  executeScript: (id, script) => handle(id).executeScript(script),
  async startTransaction(id, isolationLevel) {
    const tx = await handle(id).startTransaction(isolationLevel);
    const txId = nextHandle++;
    handles.set(txId, tx);
    return { handle: txId, options: tx.options };
  },
  async commit(id) {
    const tx = handle(id);
    handles.delete(id);
    await tx.commit();
  },
  async rollback(id) {
    const tx = handle(id);
    handles.delete(id);
    await tx.rollback();
  },
  async shadow() {
    const shadow = new PGlite({ extensions: { pg_trgm } });
    shadows.push(shadow);
    const id = nextHandle++;
    handles.set(id, await connect(shadow));
    return id;
  },
  /** Plain SQL for tools that bring their own (the job queue): last statement's rows. */
  async executeSql(_id, text, values) {
    if (values && values.length > 0) {
      const result = await pglite.query(text, values);
      return { rows: result.rows, affectedRows: result.affectedRows ?? 0 };
    }
    const results = await pglite.exec(text);
    const last = results.at(-1);
    return { rows: last?.rows ?? [], affectedRows: last?.affectedRows ?? 0 };
  },
  /** A consistent copy of the whole database as a tar archive, taken between statements. */
  async dumpDataDir() {
    const file = await pglite.dumpDataDir("none");
    return new Uint8Array(await file.arrayBuffer());
  },
  async close() {
    for (const shadow of shadows) await shadow.close().catch(() => {});
    await pglite.close();
    handles.clear();
  },
};

port.on("message", async ({ id, op, handle: target, args }) => {
  try {
    const run = operations[op];
    if (!run) throw new Error(`unknown operation ${op}`);
    const value = await run(target, ...args);
    port.postMessage({ id, ok: true, value });
  } catch (error) {
    port.postMessage({ id, ok: false, error: serializeError(error) });
  }
});

port.postMessage({ ready: true });

/** Errors cross the thread as data: a driver error keeps its kind, so Prisma maps it (P2002…). */
function serializeError(error) {
  if (error && typeof error === "object" && error.name === "DriverAdapterError") {
    return { driver: error.cause, message: error.message };
  }
  const e = /** @type {any} */ (error);
  return {
    message: messageOf(error),
    name: e?.name,
    code: e?.code,
    detail: e?.detail,
    severity: e?.severity,
  };
}

function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
