// The server's configuration: every environment variable it reads, validated once at start.
// The README's configuration table lists the same variables; a bad value is one line naming it.

import { isIP } from "node:net";
import { availableParallelism } from "node:os";
import {
  type DatabaseConfig,
  type DeliveryConfig,
  databaseConfigFromEnv,
  deliveryConfigFromEnv,
  StartupError,
} from "@cw/db";
import { z } from "zod";

export type TrustProxy = boolean | number | string[];

export interface ServerConfig {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Load the demo city into an empty database. */
  demoData: boolean;
  /** Which proxies' X-Forwarded-* headers to believe (Fastify's `trustProxy`). */
  trustProxy: TrustProxy;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  /** An extra image origin for the CSP: the map tile server the web app was built with. */
  mapTileOrigin: string | null;
  /** Run the job queue's workers (reminders, digests, snapshots, deliveries; JOBS). */
  jobs: boolean;
  /** SMTP_URL, MAIL_FROM, PUBLIC_URL: how messages leave (decision 0017). */
  delivery: DeliveryConfig;
  /** Server processes sharing the port (WEB_CONCURRENCY; decision 0031): one per core. */
  processes: number;
}

const onOff = z.enum(["on", "off"], { error: 'must be "on" or "off"' });

const schema = z.object({
  PORT: z.coerce
    .number({ error: "must be a whole number from 0 to 65535" })
    .int("must be a whole number from 0 to 65535")
    .min(0, "must be a whole number from 0 to 65535")
    .max(65535, "must be a whole number from 0 to 65535")
    .default(3000),
  HOST: z
    .string()
    .refine((v) => isIP(v) !== 0 || /^[a-z0-9.-]+$/i.test(v), "must be an IP address or host name")
    .default("0.0.0.0"),
  DEMO_DATA: onOff.optional(),
  JOBS: onOff.default("on"),
  TRUST_PROXY: z
    .string()
    .transform((value, ctx): TrustProxy => {
      const v = value.trim().toLowerCase();
      if (v === "off" || v === "false") return false;
      if (v === "on" || v === "true") return true;
      if (/^\d+$/.test(v) && Number(v) <= 20) return Number(v);
      const list = v.split(",").map((s) => s.trim());
      if (list.every((a) => isIP(a.split("/")[0] ?? "") !== 0)) return list;
      ctx.addIssue({
        code: "custom",
        message: 'must be "off", "on", a hop count (1-20) or a list of proxy addresses/CIDRs',
      });
      return z.NEVER;
    })
    .default(false),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  MAP_TILE_ORIGIN: z
    .url({
      protocol: /^https?$/,
      error: "must be an http(s) origin such as https://tiles.example.cn",
    })
    .transform((v) => new URL(v).origin)
    .optional(),
  WEB_CONCURRENCY: z
    .string()
    .transform((value, ctx) => {
      const v = value.trim().toLowerCase();
      if (v === "auto") return availableParallelism();
      if (/^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 32) return Number(v);
      ctx.addIssue({ code: "custom", message: 'must be "auto" or a whole number from 1 to 32' });
      return z.NEVER;
    })
    .default(1),
  COOKIE_SECURE: z
    .undefined({
      error: "is no longer read: the cookie is Secure on HTTPS; behind a TLS proxy set TRUST_PROXY",
    })
    .optional(),
});

/** Reads and checks the environment; throws a one-line StartupError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  // An empty variable counts as unset, as in a .env file with `PORT=`.
  const present = Object.fromEntries(
    Object.keys(schema.shape)
      .filter((k) => env[k] !== undefined && env[k]?.trim() !== "")
      .map((k) => [k, env[k]]),
  );
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? "environment");
    throw new StartupError(`${name} ${issue?.message} (got "${present[name] ?? ""}").`);
  }
  const database = databaseConfigFromEnv(env);
  const v = parsed.data;
  if (v.WEB_CONCURRENCY > 1 && database.kind === "pglite") {
    // The embedded database is one process's own (decision 0008).
    throw new StartupError(
      `WEB_CONCURRENCY above 1 needs PostgreSQL (set DATABASE_URL); the embedded database serves one process (got "${present.WEB_CONCURRENCY}").`,
    );
  }
  return {
    port: v.PORT,
    host: v.HOST,
    database,
    // The demo city (with its known passwords) never lands in a server database by accident.
    demoData: v.DEMO_DATA ? v.DEMO_DATA === "on" : database.kind === "pglite",
    trustProxy: v.TRUST_PROXY,
    logLevel: v.LOG_LEVEL,
    mapTileOrigin: v.MAP_TILE_ORIGIN ?? null,
    jobs: v.JOBS === "on",
    delivery: deliveryConfigFromEnv(env),
    processes: v.WEB_CONCURRENCY,
  };
}
