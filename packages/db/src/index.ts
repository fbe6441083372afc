export { type Database, openDatabase, openPglite, openPostgres } from "./client.ts";
export { type DatabaseConfig, type DatabaseKind, databaseConfigFromEnv } from "./config.ts";
export { loadDemoData } from "./demo/load-demo.ts";
export { StartupError } from "./errors.ts";
export type { PrismaClient } from "./generated/prisma/client.ts";
export { applyMigrations, type MigrationStatus, migrationStatus } from "./migrations/migrate.ts";
export { readOverview } from "./queries/overview.ts";
