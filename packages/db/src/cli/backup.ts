// npm run db:backup -- <file>: a consistent copy of the embedded database (a tar archive).
// While the server runs, the server writes it (it holds the data directory, decision 0008);
// otherwise this tool opens the directory under its lock. PostgreSQL: use pg_dump.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { databaseConfigFromEnv } from "../config.ts";
import { backupDatabase } from "../embedded/backup.ts";
import { StartupError } from "../errors.ts";
import { runCli } from "./run-cli.ts";

runCli(async () => {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new StartupError("usage: npm run db:backup -- <file.tar>");
  const config = databaseConfigFromEnv();
  const report = await backupDatabase(config, file, (m) => console.log(m));
  const where = report.by === "server" ? "by the running server" : "with the server stopped";
  console.log(
    `Backed up the embedded database ${where} to ${report.file}: ${report.bytes} bytes in ${report.milliseconds} ms.`,
  );
  // The units' channel secrets are encrypted with a key beside the database, not in it.
  const key = config.kind === "pglite" ? join(dirname(config.dataDir), "secrets.key") : "";
  if (key && existsSync(key) && !process.env.SECRETS_KEY) {
    console.log(
      `Keep a copy of ${key} with it (apart from the dump): without it the restored units' channel secrets cannot be read.`,
    );
  }
});
