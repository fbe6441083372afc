// npm start: read the configuration, open the database, apply pending migrations, load the
// demo city into an empty database where allowed, and serve the API and the web app on one port.
import { fileURLToPath } from "node:url";
import {
  applyMigrations,
  type ControlChannel,
  type Database,
  type JobRuntime,
  loadDemoData,
  openControlChannel,
  openDatabase,
  StartupError,
  startJobRuntime,
} from "@cw/db";
import type { FastifyInstance } from "fastify";
import { loadConfig, type ServerConfig } from "./config.ts";
import { controlCommands } from "./control-commands.ts";
import { createAppServer } from "./http/app-server.ts";
import { listen } from "./http/listen.ts";
import { superviseWorkers, workerIndex } from "./worker-processes.ts";

const WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));
/** How long SIGTERM waits for requests in flight before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const worker = workerIndex();
  if (worker === null && config.processes > 1) {
    // The primary prepares the database once, then only supervises (worker-processes.ts).
    const db = await openDatabase(config.database);
    try {
      await prepareDatabase(db, config);
    } finally {
      await db.close();
    }
    superviseWorkers(config.processes, `database: ${db.kind}, ${db.location}`, SHUTDOWN_GRACE_MS);
    return;
  }
  await serve(config, worker);
}

/** Applies pending migrations and loads the demo city into an empty database where allowed. */
async function prepareDatabase(db: Database, config: ServerConfig): Promise<void> {
  const applied = await applyMigrations(db);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
  if (!config.demoData) return;
  // On a server database the demo's known password must be changed at first sign-in.
  const demo = await loadDemoData(db.prisma, new Date(), {
    mustChangePassword: db.kind === "postgres",
  });
  if (demo.loaded) {
    console.log(
      `Loaded the demo city: ${demo.units} units, ${demo.sites} sites, ${demo.findings} findings.`,
    );
  }
}

/** One app server: alone, or worker `worker` of WEB_CONCURRENCY (its primary prepared the database). */
async function serve(config: ServerConfig, worker: number | null): Promise<void> {
  const db = await openDatabase(config.database);
  let control: ControlChannel | undefined;
  let app: FastifyInstance | undefined;
  let jobs: JobRuntime | undefined;
  try {
    if (worker === null) await prepareDatabase(db, config);
    app = await createAppServer({
      db,
      webRoot: WEB_ROOT,
      trustProxy: config.trustProxy,
      logLevel: config.logLevel,
      mapTileOrigin: config.mapTileOrigin,
    });
    await listen(app, config.port, config.host);
    // Command-line tools reach the embedded database through this server while it runs.
    if (db.home) control = await openControlChannel(db.home, controlCommands(db, config.delivery));
    // Reminders, digests, snapshots and deliveries: the durable queue (decision 0017).
    // Among workers, the first runs the job queue's workers (its replacement takes them over).
    if (config.jobs && (worker === null || worker === 0)) {
      jobs = await startJobRuntime(db, {
        delivery: config.delivery,
        ...(config.database.kind === "postgres" ? { databaseUrl: config.database.url } : {}),
      });
    }
    const address = app.server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    // A worker's primary announces the server once all its workers listen.
    if (worker === null) {
      console.log(`Serving on http://localhost:${port} (database: ${db.kind}, ${db.location})`);
    }
    const server = app;
    const channel = control;
    const queue = jobs;
    process.once("SIGINT", () => void shutdown(server, channel, queue, db));
    process.once("SIGTERM", () => void shutdown(server, channel, queue, db));
  } catch (error) {
    await app?.close().catch(() => {});
    await control?.close().catch(() => {});
    await jobs?.stop().catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }
}

/**
 * Stops accepting connections, lets the requests in flight finish (Fastify's close), then
 * closes the control channel and the database; exits 1 if that takes longer than the grace.
 */
async function shutdown(
  app: FastifyInstance,
  control: ControlChannel | undefined,
  jobs: JobRuntime | undefined,
  db: Database,
) {
  app.log.info("shutting down: finishing requests in flight");
  const timer = setTimeout(() => {
    console.error("error: shutdown took too long; exiting with requests unfinished");
    process.exit(1);
  }, SHUTDOWN_GRACE_MS);
  timer.unref();
  await app.close().catch(() => {});
  await control?.close().catch(() => {});
  // A job in progress finishes (or is left for another server: every job is idempotent).
  await jobs?.stop().catch(() => {});
  await db.close().catch(() => {});
  console.log("Stopped.");
  process.exit(0);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`error: ${error instanceof StartupError ? message : `startup failed: ${message}`}`);
  process.exit(1);
});
