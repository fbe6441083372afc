export * from "./limits.ts";
export * from "./report-rules.ts";
export * from "./vocabulary.ts";
