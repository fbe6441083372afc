// One app server's job runtime in its own process, for the two-server tests: it opens the
// PostgreSQL database named by DATABASE_URL, runs the queue's workers, and says "ready".
import { deliveryConfigFromEnv, openPostgres, startJobRuntime } from "../../src/index.ts";

const url = process.env.DATABASE_URL ?? "";
const parsed = new URL(url);
const db = await openPostgres(url, parsed.host, parsed.pathname.slice(1));
const runtime = await startJobRuntime(db, {
  delivery: deliveryConfigFromEnv(),
  databaseUrl: url,
  pollingIntervalSeconds: 1,
  deliveryLeaseMs: 15_000,
  log: (line) => console.log(line),
});
console.log("ready");
process.on("SIGTERM", () => {
  void runtime
    .stop()
    .then(() => db.close())
    .then(() => process.exit(0));
});
