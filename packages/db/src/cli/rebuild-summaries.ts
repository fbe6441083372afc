// npm run db:rebuild-summaries: recomputes the overview summaries from the task rows and says
// how many rows the triggers had differently. On the embedded engine while the server runs,
// the server does it (it holds the data directory, decision 0008).
import { dirname } from "node:path";
import { openDatabase } from "../client.ts";
import { databaseConfigFromEnv } from "../config.ts";
import { callRunningServer } from "../embedded/control-channel.ts";
import { rebuildSummaries } from "../summaries/rebuild-summaries.ts";
import { runCli } from "./run-cli.ts";

runCli(async () => {
  const config = databaseConfigFromEnv();
  const report = (r: { differingRows: number; milliseconds: number }, where: string) =>
    console.log(
      `Rebuilt the overview summaries ${where} in ${r.milliseconds} ms; ${r.differingRows} row(s) had differed.`,
    );
  if (config.kind === "pglite") {
    const call = await callRunningServer(dirname(config.dataDir), "rebuild-summaries");
    if (call.handled) {
      if (!call.ok) throw new Error(call.error);
      report(
        call.result as { differingRows: number; milliseconds: number },
        "in the running server",
      );
      return;
    }
  }
  const db = await openDatabase(config);
  try {
    report(await rebuildSummaries(db.prisma), `on ${db.kind} (${db.location})`);
  } finally {
    await db.close();
  }
});
