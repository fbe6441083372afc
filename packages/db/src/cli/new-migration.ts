// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings the existing migrations up to schema.prisma. Uses an in-memory
// PGlite as the engine's connection (and shadow database), so no server is needed.
import { openPglite } from "../client.ts";
import { diffMigrationsToSchema } from "../migrations/migrate.ts";
import { writeMigration } from "../migrations/migration-files.ts";
import { runCli } from "./run-cli.ts";

runCli(async () => {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    throw new Error("Usage: npm run db:migration -- <name> (lower-case letters, digits and _)");
  }
  const db = await openPglite(undefined);
  try {
    const sql = await diffMigrationsToSchema(db);
    if (!sql) {
      console.log("schema.prisma and the migrations agree; no migration written.");
      return;
    }
    const folder = await writeMigration(name, `${sql}\n`);
    console.log(`Wrote prisma/migrations/${folder}/migration.sql`);
  } finally {
    await db.close();
  }
});
