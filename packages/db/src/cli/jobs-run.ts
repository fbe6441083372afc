// npm run jobs:run -- <job>: runs a scheduled job once now (reminders, digests, snapshots,
// deliveries, weekly-notice) against the configured database. On the embedded engine while the server runs,
// the server runs it (it holds the data directory, decision 0008); with the server stopped,
// this process opens the database itself, holding the data-directory lock. It says which.
import { dirname } from "node:path";
import { deliveryConfigFromEnv } from "../channels/delivery-config.ts";
import { openDatabase } from "../client.ts";
import { databaseConfigFromEnv } from "../config.ts";
import { callRunningServer } from "../embedded/control-channel.ts";
import { isJobName, JOB_NAMES, runJob } from "../jobs/jobs.ts";
import { runCli } from "./run-cli.ts";

runCli(async () => {
  const job = process.argv[2] ?? "";
  if (!isJobName(job)) {
    throw new Error(`Usage: npm run jobs:run -- <job>, one of: ${JOB_NAMES.join(", ")}`);
  }
  const config = databaseConfigFromEnv();
  const delivery = deliveryConfigFromEnv();
  if (config.kind === "pglite") {
    const call = await callRunningServer(dirname(config.dataDir), "run-job", { job });
    if (call.handled) {
      if (!call.ok) throw new Error(call.error);
      console.log(`Ran ${job} in the running server: ${JSON.stringify(call.result)}`);
      return;
    }
  }
  const db = await openDatabase(config);
  try {
    const outcome = await runJob(db.prisma, job, { trigger: "cli", config: delivery });
    const where =
      db.kind === "pglite"
        ? `itself on the embedded database (${db.location}), the server being stopped`
        : `on ${db.kind} (${db.location})`;
    console.log(`Ran ${job} ${where}: ${JSON.stringify(outcome.summary)}`);
  } finally {
    await db.close();
  }
});
