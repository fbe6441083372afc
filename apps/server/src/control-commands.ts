import {
  assertJobName,
  backupCommand,
  type ControlCommands,
  type Database,
  type DeliveryConfig,
  rebuildSummaries,
  runJob,
} from "@cw/db";

/**
 * The commands a command-line tool may hand to this server while it holds the embedded
 * database (`callRunningServer` in @cw/db). Jobs and backups register here.
 */
export function controlCommands(db: Database, delivery: DeliveryConfig): ControlCommands {
  return {
    backup: backupCommand(db),
    ping: async () => ({ pid: process.pid, database: db.kind, location: db.location }),
    "rebuild-summaries": () => rebuildSummaries(db.prisma),
    "run-job": async (args) => {
      const job = assertJobName(String(args.job ?? ""));
      return (await runJob(db.prisma, job, { trigger: "cli", config: delivery })).summary;
    },
  };
}
