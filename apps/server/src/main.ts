// npm start: open the database, apply pending migrations, load the demo city into an empty
// database, and serve the API and the web app on one port.
import { fileURLToPath } from "node:url";
import {
  applyMigrations,
  type ControlChannel,
  databaseConfigFromEnv,
  deliveryConfigFromEnv,
  type JobRuntime,
  loadDemoData,
  openControlChannel,
  openDatabase,
  StartupError,
  startJobRuntime,
} from "@cw/db";
import { controlCommands } from "./control-commands.ts";
import { createAppServer } from "./http/app-server.ts";
import { listen } from "./http/listen.ts";

const WEB_ROOT = fileURLToPath(new URL("../../web/dist", import.meta.url));

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  const delivery = deliveryConfigFromEnv();
  const db = await openDatabase(databaseConfigFromEnv());
  let closing = false;
  let control: ControlChannel | undefined;
  let jobs: JobRuntime | undefined;
  const shutdown = async (code: number) => {
    if (closing) return;
    closing = true;
    await control?.close().catch(() => {});
    await jobs?.stop().catch(() => {});
    await db.close().catch(() => {});
    process.exit(code);
  };
  try {
    const applied = await applyMigrations(db);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    if (process.env.DEMO_DATA !== "off") {
      const demo = await loadDemoData(db.prisma, new Date());
      if (demo.loaded) {
        console.log(
          `Loaded the demo city: ${demo.units} units, ${demo.sites} sites, ${demo.findings} findings.`,
        );
      }
    }
    const server = createAppServer({ db, webRoot: WEB_ROOT });
    await listen(server, port);
    // Command-line tools reach the embedded database through this server while it runs.
    if (db.home) control = await openControlChannel(db.home, controlCommands(db, delivery));
    // Reminders, digests, snapshots and deliveries: the durable queue (decision 0017).
    if (process.env.JOBS !== "off") {
      jobs = await startJobRuntime(db, { delivery, databaseUrl: process.env.DATABASE_URL });
    }
    console.log(`Serving on http://localhost:${port} (database: ${db.kind}, ${db.location})`);
    const stop = () => server.close(() => void shutdown(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  } catch (error) {
    await control?.close().catch(() => {});
    await jobs?.stop().catch(() => {});
    await db.close().catch(() => {});
    throw error;
  }
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === "") return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new StartupError(`PORT must be a whole number from 0 to 65535 (got "${value}").`);
  }
  return port;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`error: ${error instanceof StartupError ? message : `startup failed: ${message}`}`);
  process.exit(1);
});
