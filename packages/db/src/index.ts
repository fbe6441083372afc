export { hashPassword, verifyPassword } from "./auth/password.ts";
export * from "./channels/delivery-config.ts";
export { loadSecretBox, type SecretBox, secretBoxFromKey } from "./channels/secret-box.ts";
export { dingtalkSignature } from "./channels/senders.ts";
export { type Database, openDatabase, openPglite, openPostgres } from "./client.ts";
export { type DatabaseConfig, type DatabaseKind, databaseConfigFromEnv } from "./config.ts";
export { fromDateColumn, toDateColumn } from "./date-columns.ts";
export { loadDemoData } from "./demo/load-demo.ts";
export {
  type BackupReport,
  backupCommand,
  backupDatabase,
  type RestoreReport,
  restoreDatabase,
  writeBackup,
} from "./embedded/backup.ts";
export {
  type ControlCallResult,
  type ControlChannel,
  type ControlCommand,
  type ControlCommands,
  callRunningServer,
  openControlChannel,
} from "./embedded/control-channel.ts";
export { acquireDataDirLock, dataDirLockOwner } from "./embedded/data-dir-lock.ts";
export { StartupError } from "./errors.ts";
export { Prisma, type PrismaClient } from "./generated/prisma/client.ts";
export * from "./jobs/job-runtime.ts";
export * from "./jobs/job-status.ts";
export * from "./jobs/jobs.ts";
export { applyMigrations, type MigrationStatus, migrationStatus } from "./migrations/migrate.ts";
export { containsText } from "./queries/contains-text.ts";
// field and materials
export { loadFieldScoreRates, readFieldScoreRates } from "./queries/field-score-rates.ts";
export * from "./queries/list-tasks.ts";
export { type MaterialsRate, materialsRateByStandard } from "./queries/materials-rate.ts";
export * from "./queries/open311.ts";
export { readOverdueAging } from "./queries/overview-aging.ts";
export { readFindingBreakdown } from "./queries/overview-breakdown.ts";
export { readOverviewTiles } from "./queries/overview-tiles.ts";
export { readUnitRanking } from "./queries/overview-units.ts";
export { readWeeklyFlow } from "./queries/overview-weekly.ts";
export { readSiteMap } from "./queries/site-map.ts";
// surveys
export { readSurveyRates, surveyRatesByStandard } from "./queries/survey-rates.ts";
export * from "./queries/task-filters.ts";
export * from "./queries/verification-queue.ts";
export * from "./services/admin/index.ts";
// assessment tree
export * from "./services/assessment-io/index.ts";
export * from "./services/assessment-tree.ts";
export {
  moveTreeEntry,
  renumberTreeEntry,
  retireTreeEntry,
  unretireTreeEntry,
} from "./services/assessment-tree-moves.ts";
export { getAssessmentTree, listAssessmentSystems } from "./services/assessment-tree-read.ts";
export { type AuditEntry, recordAudit, type Tx } from "./services/audit.ts";
export * from "./services/citizen/index.ts";
export * from "./services/documents/index.ts";
export { HEADLESS_CHROMIUM_ARGS } from "./services/documents/leader-report-pdf.ts";
export { listDuplicateCandidates } from "./services/duplicate-candidates.ts";
export * from "./services/evaluation/index.ts";
export { getChecklist } from "./services/field-checks/checklist.ts";
export { recordFieldChecks } from "./services/field-checks/record-checks.ts";
export { createFinding, createFindingInTx } from "./services/findings.ts";
export { heavyWorkWaiting } from "./services/heavy-work.ts";
export { createInspection, getInspection, listInspections } from "./services/inspections.ts";
export {
  assertCanUpload,
  getMaterialFile,
  type MaterialUpload,
  storeMaterialFile,
} from "./services/materials/material-files.ts";
export { transitionMaterial } from "./services/materials/material-transition.ts";
export { sniffMaterialType } from "./services/materials/material-type.ts";
export { getRequirement, listRequirements } from "./services/materials/requirement-list.ts";
export {
  createRequirement,
  deleteRequirement,
  updateRequirement,
} from "./services/materials/requirements.ts";
export * from "./services/notifications/index.ts";
export * from "./services/password-change.ts";
export {
  exifTime,
  getPhoto,
  type PhotoUpload,
  type StoredPhoto,
  storePhoto,
} from "./services/photos.ts";
export { readLosingStandards } from "./services/scoring/losing-standards.ts";
export { readProjectedScore } from "./services/scoring/projected-score.ts";
export { runScoreSnapshots } from "./services/scoring/run-score-snapshots.ts";
export {
  listScoreHistory,
  readScoreOverview,
  takeScoreSnapshot,
} from "./services/scoring/score-snapshots.ts";
export {
  loadScoringSettings,
  readScoringSettings,
  updateScoringSettings,
} from "./services/scoring/scoring-settings.ts";
export * from "./services/security-log.ts";
export * from "./services/service-context.ts";
export * from "./services/sessions.ts";
export { loadCalendar, loadSettings, readSettings, writeSettings } from "./services/settings.ts";
export * from "./services/sign-in.ts";
export * from "./services/surveys/index.ts";
export { readBoardTabs } from "./services/task-board.ts";
export {
  addTaskChangeHook,
  type TaskChangeAction,
  type TaskChangeEvent,
  type TaskChangeExtras,
  type TaskChangeHook,
} from "./services/task-change-hooks.ts";
export { getTask, listTaskHistory } from "./services/task-detail.ts";
export { escalateTask, postTaskProgress, setTaskDeadline } from "./services/task-edits.ts";
export { listUnitOfficers } from "./services/task-owners.ts";
export type { TaskSnapshot } from "./services/task-snapshot.ts";
export { deleteMyTaskView, listMyTaskViews, saveTaskView } from "./services/task-views.ts";
export { type TaskVersion, transitionTask } from "./services/task-workflow.ts";
export { ensureTodaysInspection } from "./services/todays-inspection.ts";
export * from "./services/totp.ts";
export {
  assertVersion,
  type VersionedChange,
  type VersionedTable,
  versionedUpdate,
} from "./services/versioned-update.ts";
export { rebuildSummaries } from "./summaries/rebuild-summaries.ts";
