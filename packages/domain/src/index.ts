export * from "./finding-category.ts";
export * from "./finding-status.ts";
export * from "./overdue.ts";
export * from "./schemas/health.ts";
export * from "./schemas/overview.ts";
export * from "./shanghai-time.ts";
