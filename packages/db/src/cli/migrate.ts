// npm run db:migrate: applies pending migrations to the configured database
// (DATABASE_URL, or the embedded database under DATA_DIR).
import { openDatabase } from "../client.ts";
import { databaseConfigFromEnv } from "../config.ts";
import { applyMigrations } from "../migrations/migrate.ts";
import { runCli } from "./run-cli.ts";

runCli(async () => {
  const db = await openDatabase(databaseConfigFromEnv());
  try {
    const applied = await applyMigrations(db);
    console.log(
      applied.length
        ? `Applied ${applied.length} migration(s) to ${db.kind} (${db.location}): ${applied.join(", ")}`
        : `The ${db.kind} database (${db.location}) is up to date.`,
    );
  } finally {
    await db.close();
  }
});
