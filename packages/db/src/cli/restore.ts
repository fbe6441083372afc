// npm run db:restore -- <file> [--force]: restores a backup from db:backup into DATA_DIR.
// Refused while the server runs; refused over a non-empty data directory unless --force,
// which moves the old directory aside rather than deleting it. PostgreSQL: use pg_restore.
import { databaseConfigFromEnv } from "../config.ts";
import { restoreDatabase } from "../embedded/backup.ts";
import { StartupError } from "../errors.ts";
import { runCli } from "./run-cli.ts";

runCli(async () => {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  const unknown = args.filter((a) => a.startsWith("--") && a !== "--force");
  if (!file || unknown.length > 0) {
    throw new StartupError("usage: npm run db:restore -- <file.tar> [--force]");
  }
  const report = await restoreDatabase(databaseConfigFromEnv(), file, {
    force: args.includes("--force"),
  });
  console.log(`Restored ${file} into ${report.dataDir} in ${report.milliseconds} ms.`);
  if (report.keptAside) console.log(`The previous data directory is kept at ${report.keptAside}.`);
});
