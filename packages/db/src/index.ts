export { hashPassword, verifyPassword } from "./auth/password.ts";
export { type Database, openDatabase, openPglite, openPostgres } from "./client.ts";
export { type DatabaseConfig, type DatabaseKind, databaseConfigFromEnv } from "./config.ts";
export { loadDemoData } from "./demo/load-demo.ts";
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
export { applyMigrations, type MigrationStatus, migrationStatus } from "./migrations/migrate.ts";
// field and materials
export { fieldScoreRates } from "./queries/field-score-rates.ts";
export * from "./queries/list-tasks.ts";
export { type MaterialsRate, materialsRateByStandard } from "./queries/materials-rate.ts";
export * from "./queries/open311.ts";
export { readOverview } from "./queries/overview.ts";
export { readOverdueAging } from "./queries/overview-aging.ts";
export { readFindingBreakdown } from "./queries/overview-breakdown.ts";
export { readOverviewTiles } from "./queries/overview-tiles.ts";
export { readUnitRanking } from "./queries/overview-units.ts";
export { readWeeklyFlow } from "./queries/overview-weekly.ts";
export { readSiteMap } from "./queries/site-map.ts";
// surveys
export { readSurveyRates, surveyRatesByStandard } from "./queries/survey-rates.ts";
export * from "./queries/task-filters.ts";
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
export { listAssessmentSystems, readAssessmentTree } from "./services/assessment-tree-read.ts";
export { recordAudit, type Tx } from "./services/audit.ts";
export { fieldStandardsWhere, readChecklist } from "./services/field-checks/checklist.ts";
export { recordFieldChecks } from "./services/field-checks/record-checks.ts";
export { createFinding, createFindingInTx } from "./services/findings.ts";
export { createInspection, getInspection, listInspections } from "./services/inspections.ts";
export {
  assertCanUpload,
  readMaterialFile,
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
export {
  exifTime,
  type PhotoUpload,
  readPhoto,
  type StoredPhoto,
  storePhoto,
} from "./services/photos.ts";
export { readLosingStandards } from "./services/scoring/losing-standards.ts";
export { currentSystems, readProjectedScore } from "./services/scoring/projected-score.ts";
export {
  readScoreHistory,
  readScoreOverview,
  takeScoreSnapshot,
} from "./services/scoring/score-snapshots.ts";
export { readScoringSettings, updateScoringSettings } from "./services/scoring/scoring-settings.ts";
export * from "./services/sessions.ts";
export { readCalendar, readSettings, writeSettings } from "./services/settings.ts";
export * from "./services/surveys/index.ts";
export { readTaskDetail, readTaskHistory } from "./services/task-detail.ts";
export { escalateTask, postTaskProgress, setTaskDeadline } from "./services/task-edits.ts";
export { type TaskVersion, transitionTask } from "./services/task-workflow.ts";
export { rebuildSummaries } from "./summaries/rebuild-summaries.ts";
