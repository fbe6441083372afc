import { StartupError } from "../errors.ts";

/** How the server reaches the outside: SMTP for email, and the address links in messages use. */
export interface DeliveryConfig {
  /** smtp:// or smtps:// with credentials; null: no email channel. Never logged. */
  smtpUrl: string | null;
  mailFrom: string;
  /** The web app's address as recipients open it, for the links in messages. */
  publicUrl: string;
}

export function deliveryConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const smtpUrl = env.SMTP_URL?.trim() || null;
  if (smtpUrl) {
    let url: URL;
    try {
      url = new URL(smtpUrl);
    } catch {
      throw new StartupError("SMTP_URL is not a valid URL (expected smtp://user:pass@host:587).");
    }
    if (url.protocol !== "smtp:" && url.protocol !== "smtps:") {
      throw new StartupError(
        `SMTP_URL must start with smtp:// or smtps:// (host "${url.hostname}").`,
      );
    }
  }
  const publicUrl = (
    env.PUBLIC_URL?.trim() || `http://localhost:${env.PORT?.trim() || "3000"}`
  ).replace(/\/+$/, "");
  return { smtpUrl, mailFrom: env.MAIL_FROM?.trim() || "创文督办 <noreply@localhost>", publicUrl };
}

/** Where an SMTP URL points, for messages: host and port, never the credentials. */
export function smtpHost(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  return `${url.hostname}:${url.port || (url.protocol === "smtps:" ? "465" : "587")}`;
}
