import { defineConfig } from "vitest/config";

/** Lighthouse's scores follow the machine's load: it runs alone, after the rest (vitest.lighthouse.config.ts). */
export const LIGHTHOUSE_TESTS = ["apps/server/test/e2e/lighthouse.e2e.test.ts"];

export default defineConfig({
  test: {
    include: ["{apps,packages}/*/test/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...LIGHTHOUSE_TESTS],
    // PGlite and the schema engine are WebAssembly: give each file its own process.
    pool: "forks",
    // Vitest's default is one worker less than the cores: one worker on the 2-core CI machine.
    // Most files wait on PostgreSQL, a server process or Chromium, so two keep both cores busy.
    maxWorkers: 2,
    // Migrate once, not once per file: each file copies a migrated template database.
    globalSetup: ["./packages/db/src/testing/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ["default"],
  },
});
