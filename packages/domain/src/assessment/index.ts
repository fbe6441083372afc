export * from "./city-total.ts";
export * from "./field-check-schemas.ts";
export * from "./field-score.ts";
export * from "./material-files.ts";
export * from "./materials-schemas.ts";
export * from "./materials-workflow.ts";
export * from "./projected-score.ts";
export * from "./scoring-settings.ts";
// surveys
export * from "./survey-import.ts";
export * from "./survey-import-values.ts";
export * from "./survey-rate.ts";
export * from "./survey-response-schemas.ts";
export * from "./survey-schemas.ts";
// assessment tree
export * from "./tree-draft.ts";
export * from "./tree-edit-schemas.ts";
export * from "./tree-io-schemas.ts";
export * from "./tree-rows.ts";
export * from "./tree-schemas.ts";
export * from "./tree-validate.ts";
export * from "./tree-vocabulary.ts";
export * from "./vocabulary.ts";
