export { createOpen311Report, getOpen311Token } from "./open311-intake.ts";
export { issueChallenge } from "./proof-of-work.ts";
export {
  createReportInTx,
  readReportFormOptions,
  storeReportPhoto,
  submitCitizenReport,
} from "./public-reports.ts";
export { answerReport, getReportPhoto, readReportStatus } from "./report-status.ts";
export {
  acceptReport,
  blockReporter,
  listNearbyFindings,
  listTriageQueue,
  mergeReport,
  rejectReport,
} from "./triage.ts";
export { readTriageMetrics, readUnitSatisfaction } from "./triage-metrics.ts";
