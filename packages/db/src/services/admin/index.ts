// The admin management services: reference data, users and configuration.
export * from "./categories.ts";
export * from "./config.ts";
export * from "./grids.ts";
export * from "./site-import.ts";
export * from "./site-types.ts";
export * from "./sites.ts";
export * from "./units.ts";
export * from "./users.ts";
