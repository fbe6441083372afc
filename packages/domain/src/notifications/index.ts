export * from "./channel-config.ts";
export * from "./delivery-rules.ts";
export * from "./digest-text.ts";
export * from "./reminder-ladder.ts";
export * from "./reminder-text.ts";
export * from "./settings.ts";
export * from "./vocabulary.ts";
