export * from "./evaluation-labels.ts";
export * from "./evaluation-schemas.ts";
export * from "./evaluation-settings.ts";
export * from "./overdue-days.ts";
export * from "./unit-evaluation.ts";
