import { resolve } from "node:path";
import { StartupError } from "./errors.ts";

export type DatabaseConfig =
  | { kind: "pglite"; dataDir: string }
  | { kind: "postgres"; url: string; host: string; database: string; poolSize?: number };

export type DatabaseKind = DatabaseConfig["kind"];

/** Where the embedded database lives unless DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = "./data";

/**
 * Chooses the database from the environment: a PostgreSQL server when DATABASE_URL is set,
 * otherwise embedded PostgreSQL (PGlite) persisted under DATA_DIR/pglite.
 */
export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    const config = postgresConfig(url, "DATABASE_URL");
    const poolSize = poolSizeFromEnv(env.DATABASE_POOL_SIZE);
    return config.kind === "postgres" && poolSize !== undefined ? { ...config, poolSize } : config;
  }
  return { kind: "pglite", dataDir: resolve(env.DATA_DIR?.trim() || DEFAULT_DATA_DIR, "pglite") };
}

export function postgresConfig(url: string, variable: string): DatabaseConfig {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartupError(
      `${variable} is not a valid URL (expected postgresql://user@host:5432/database).`,
    );
  }
  if (parsed.protocol !== "postgresql:" && parsed.protocol !== "postgres:") {
    throw new StartupError(
      `${variable} must start with postgresql:// (got "${parsed.protocol}" for host "${parsed.hostname}").`,
    );
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, ""));
  if (!parsed.hostname || !database) {
    throw new StartupError(
      `${variable} must name a host and a database (host "${parsed.hostname || "missing"}", database "${database || "missing"}").`,
    );
  }
  return { kind: "postgres", url, host: parsed.host, database };
}

/** DATABASE_POOL_SIZE: connections this app server keeps to PostgreSQL (see client.ts). */
function poolSizeFromEnv(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1 || size > 200) {
    throw new StartupError(
      `DATABASE_POOL_SIZE must be a whole number from 1 to 200 (got "${value}").`,
    );
  }
  return size;
}
