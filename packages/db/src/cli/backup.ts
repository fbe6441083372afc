// npm run db:backup -- <file>: a consistent copy of the embedded database (a tar archive).
// While the server runs, the server writes it (it holds the data directory, decision 0008);
// otherwise this tool opens the directory under its lock. PostgreSQL: use pg_dump.
import { databaseConfigFromEnv } from "../config.ts";
import { backupDatabase } from "../embedded/backup.ts";
import { StartupError } from "../errors.ts";
import { runCli } from "./run-cli.ts";

runCli(async () => {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new StartupError("usage: npm run db:backup -- <file.tar>");
  const report = await backupDatabase(databaseConfigFromEnv(), file, (m) => console.log(m));
  const where = report.by === "server" ? "by the running server" : "with the server stopped";
  console.log(
    `Backed up the embedded database ${where} to ${report.file}: ${report.bytes} bytes in ${report.milliseconds} ms.`,
  );
});
