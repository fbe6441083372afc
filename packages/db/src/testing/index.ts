export { demoFindings } from "../demo/demo-findings.ts";
export * from "../demo/huayin-city.ts";
export * from "../factories/records.ts";
export { diffMigrationsToSchema } from "../migrations/migrate.ts";
export { readMigrationList } from "../migrations/migration-files.ts";
export { MIGRATIONS_DIR } from "../migrations/paths.ts";
export * from "./task-fixture.ts";
export * from "./test-database.ts";
export * from "./test-users.ts";
