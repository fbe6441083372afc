export {
  getGeneratedDocument,
  listGeneratedDocuments,
  storeGeneratedDocument,
} from "./generated-documents.ts";
export {
  generateRectificationNotice,
  readRectificationNoticeView,
} from "./rectification-notice.ts";
export { generateSupervisionNotice, renderWeeklySupervisionNotice } from "./supervision-notice.ts";
export { readSupervisionNotice } from "./supervision-notice-data.ts";
export { exportTaskList, taskExportFileName, taskExportParams } from "./task-export.ts";
