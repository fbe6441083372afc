import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { DomainError } from "@cw/domain";
import { databaseConfigFromEnv } from "../config.ts";
import { StartupError } from "../errors.ts";

/**
 * Webhook URLs, robot secrets and the SMS gateway's secret are stored encrypted with
 * AES-256-GCM. The key comes from SECRETS_KEY (32 bytes as 64 hex digits or base64); on the
 * embedded engine without it, a key is generated once into DATA_DIR/secrets.key (mode 0600).
 * A PostgreSQL deployment without SECRETS_KEY cannot store secrets (a field message says so).
 */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

function parseKey(text: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(t) ? Buffer.from(t, "hex") : Buffer.from(t, "base64");
  if (key.length !== 32) {
    throw new StartupError("SECRETS_KEY must be 32 bytes, as 64 hex digits or base64.");
  }
  return key;
}

function keyFromEnv(env: NodeJS.ProcessEnv): Buffer | null {
  if (env.SECRETS_KEY?.trim()) return parseKey(env.SECRETS_KEY);
  const config = databaseConfigFromEnv(env);
  if (config.kind !== "pglite") return null;
  const file = join(dirname(config.dataDir), "secrets.key");
  try {
    return parseKey(readFileSync(file, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  return parseKey(readFileSync(file, "utf8"));
}

export function secretBoxFromKey(key: Buffer): SecretBox {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv);
      const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return ["v1", iv, cipher.getAuthTag(), data]
        .map((p) => (typeof p === "string" ? p : p.toString("base64")))
        .join(":");
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split(":");
      if (version !== "v1" || !iv || !tag || data === undefined)
        throw new Error("not a sealed secret");
      const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
      decipher.setAuthTag(Buffer.from(tag, "base64"));
      return Buffer.concat([
        decipher.update(Buffer.from(data, "base64")),
        decipher.final(),
      ]).toString("utf8");
    },
  };
}

let cached: { env: string | undefined; box: SecretBox | null } | undefined;

/** The process's secret box, or null when no key is configured. */
export function loadSecretBox(env: NodeJS.ProcessEnv = process.env): SecretBox | null {
  const id = `${env.SECRETS_KEY ?? ""}|${env.DATABASE_URL ?? ""}|${env.DATA_DIR ?? ""}`;
  if (cached?.env === id) return cached.box;
  const key = keyFromEnv(env);
  const box = key ? secretBoxFromKey(key) : null;
  cached = { env: id, box };
  return box;
}

/** For writes that must store a secret: refuses, naming the field, when no key is set. */
export function requireSecretBox(field: string): SecretBox {
  const box = loadSecretBox();
  if (!box) {
    throw new DomainError(
      "bad_request",
      "error.invalid_input",
      {},
      { [field]: "channel.secrets_key_missing" },
    );
  }
  return box;
}
