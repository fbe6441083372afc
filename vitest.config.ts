import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["{apps,packages}/*/test/**/*.test.ts"],
    // PGlite and the schema engine are WebAssembly: give each file its own process.
    pool: "forks",
    // Migrate once, not once per file: each file copies a migrated template database.
    globalSetup: ["./packages/db/src/testing/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
