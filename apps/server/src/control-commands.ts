import { type ControlCommands, type Database, rebuildSummaries } from "@cw/db";

/**
 * The commands a command-line tool may hand to this server while it holds the embedded
 * database (`callRunningServer` in @cw/db). Jobs and backups register here.
 */
export function controlCommands(db: Database): ControlCommands {
  return {
    ping: async () => ({ pid: process.pid, database: db.kind, location: db.location }),
    "rebuild-summaries": () => rebuildSummaries(db.prisma),
  };
}
