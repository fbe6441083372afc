export {
  getGeneratedDocument,
  listGeneratedDocuments,
  storeGeneratedDocument,
} from "./generated-documents.ts";
export { exportTaskList, taskExportFileName, taskExportParams } from "./task-export.ts";
