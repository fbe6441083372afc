// WEB_CONCURRENCY > 1 (decision 0031): the server as several processes on one machine, sharing
// its port through node:cluster. Every process is an app server like any other behind one
// PostgreSQL (sessions, limits, jobs and locks live in the database), so this only puts the
// machine's other cores to work; the primary serves nothing itself.
import cluster from "node:cluster";

/** Tells a forked process which worker it is (0 runs the job queue's workers). */
const WORKER_INDEX = "CW_WORKER_INDEX";
/** A worker that exits sooner than this after its start failed to start. */
const QUICK_EXIT_MS = 15_000;
/** Three failed starts in a row: the cause is not the worker (a database down, a bad setting). */
const QUICK_EXITS_ALLOWED = 3;

/** This process's worker number, or null when it is not a worker of WEB_CONCURRENCY. */
export function workerIndex(): number | null {
  return cluster.isWorker ? Number(process.env[WORKER_INDEX] ?? 0) : null;
}

/**
 * Forks `count` workers, replaces one that dies (a crash costs its own requests only), and on
 * SIGTERM or SIGINT stops them all, each finishing its requests in flight, before exiting.
 * Prints the usual "Serving on" line once every worker listens.
 */
export function superviseWorkers(count: number, describe: string, graceMs: number): void {
  let stopping = false;
  let announced = false;
  let listening = 0;
  let quickExits = 0;

  const fork = (index: number) => {
    const startedAt = Date.now();
    const worker = cluster.fork({ [WORKER_INDEX]: String(index) });
    worker.once("listening", (address) => {
      listening++;
      if (!announced && listening >= count) {
        announced = true;
        console.log(
          `Serving on http://localhost:${address.port} (${describe}, ${count} processes)`,
        );
      }
    });
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      const quick = Date.now() - startedAt < QUICK_EXIT_MS;
      quickExits = quick ? quickExits + 1 : 0;
      if (quickExits >= QUICK_EXITS_ALLOWED) {
        console.error(
          `error: server process ${index} failed to start ${quickExits} times; stopping`,
        );
        void stopAll(1);
        return;
      }
      console.error(
        `error: server process ${index} exited (${signal ?? `code ${code}`}); starting another`,
      );
      setTimeout(() => fork(index), quick ? 1_000 : 0);
    });
  };

  const stopAll = async (exitCode: number) => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w !== undefined);
    const exited = workers.map(
      (w) => new Promise<void>((resolve) => w.once("exit", () => resolve())),
    );
    for (const w of workers) w.process.kill("SIGTERM");
    // Each worker has the same grace for its requests in flight; a little more for its exit.
    const timer = setTimeout(() => {
      for (const w of workers) w.process.kill("SIGKILL");
    }, graceMs + 2_000);
    await Promise.all(exited);
    clearTimeout(timer);
    console.log("Stopped.");
    process.exit(exitCode);
  };

  process.once("SIGINT", () => void stopAll(0));
  process.once("SIGTERM", () => void stopAll(0));
  for (let index = 0; index < count; index++) fork(index);
}
