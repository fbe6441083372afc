export { hashPassword, verifyPassword } from "./auth/password.ts";
export { type Database, openDatabase, openPglite, openPostgres } from "./client.ts";
export { type DatabaseConfig, type DatabaseKind, databaseConfigFromEnv } from "./config.ts";
export { loadDemoData } from "./demo/load-demo.ts";
export { StartupError } from "./errors.ts";
export { Prisma, type PrismaClient } from "./generated/prisma/client.ts";
export { applyMigrations, type MigrationStatus, migrationStatus } from "./migrations/migrate.ts";
export * from "./queries/list-tasks.ts";
export * from "./queries/open311.ts";
export { readOverview } from "./queries/overview.ts";
export * from "./queries/task-filters.ts";
export * from "./services/admin/index.ts";
export { recordAudit, type Tx } from "./services/audit.ts";
export { createFinding } from "./services/findings.ts";
export { createInspection, getInspection, listInspections } from "./services/inspections.ts";
export {
  exifTime,
  type PhotoUpload,
  readPhoto,
  type StoredPhoto,
  storePhoto,
} from "./services/photos.ts";
export * from "./services/sessions.ts";
export { readCalendar, readSettings, writeSettings } from "./services/settings.ts";
export { readTaskDetail, readTaskHistory } from "./services/task-detail.ts";
export { escalateTask, postTaskProgress, setTaskDeadline } from "./services/task-edits.ts";
export { type TaskVersion, transitionTask } from "./services/task-workflow.ts";
