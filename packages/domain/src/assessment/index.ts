export * from "./scoring-settings.ts";
export * from "./vocabulary.ts";
