// The configuration as the server reads it from the environment (src/config.ts).
import { availableParallelism } from "node:os";
import { StartupError } from "@cw/db";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../src/config.ts";

const PG = "postgresql://cw@db.internal:5432/campaign";

describe("the server's configuration", () => {
  it("has working defaults for the embedded database", () => {
    expect(loadConfig({ DATA_DIR: "/srv/cw" })).toEqual({
      port: 3000,
      host: "0.0.0.0",
      database: { kind: "pglite", dataDir: "/srv/cw/pglite" },
      demoData: true,
      trustProxy: false,
      logLevel: "info",
      mapTileOrigin: null,
      jobs: true,
      delivery: {
        smtpUrl: null,
        mailFrom: "创文督办 <noreply@localhost>",
        publicUrl: "http://localhost:3000",
      },
      processes: 1,
    });
  });

  it("runs as many processes as WEB_CONCURRENCY says, on PostgreSQL only", () => {
    expect(loadConfig({ DATABASE_URL: PG, WEB_CONCURRENCY: "2" }).processes).toBe(2);
    expect(loadConfig({ DATABASE_URL: PG, WEB_CONCURRENCY: "auto" }).processes).toBe(
      availableParallelism(),
    );
    expect(() => loadConfig({ DATABASE_URL: PG, WEB_CONCURRENCY: "0" })).toThrow(
      'WEB_CONCURRENCY must be "auto" or a whole number from 1 to 32 (got "0").',
    );
    expect(() => loadConfig({ DATABASE_URL: PG, WEB_CONCURRENCY: "33" })).toThrow(StartupError);
    expect(() => loadConfig({ DATA_DIR: "/srv/cw", WEB_CONCURRENCY: "2" })).toThrow(
      'WEB_CONCURRENCY above 1 needs PostgreSQL (set DATABASE_URL); the embedded database serves one process (got "2").',
    );
    // One process is always allowed, whatever the database.
    expect(loadConfig({ DATA_DIR: "/srv/cw", WEB_CONCURRENCY: "1" }).processes).toBe(1);
  });

  it("reads the job queue switch and how messages leave, refusing a malformed SMTP_URL", () => {
    expect(loadConfig({ JOBS: "off" }).jobs).toBe(false);
    expect(
      loadConfig({
        SMTP_URL: "smtp://cw:pw@mail.example.org:587",
        PUBLIC_URL: "https://cw.example.org/",
      }).delivery,
    ).toEqual({
      smtpUrl: "smtp://cw:pw@mail.example.org:587",
      mailFrom: "创文督办 <noreply@localhost>",
      publicUrl: "https://cw.example.org",
    });
    expect(() => loadConfig({ SMTP_URL: "mail.example.org" })).toThrow(
      "SMTP_URL is not a valid URL (expected smtp://user:pass@host:587).",
    );
    expect(() => loadConfig({ SMTP_URL: "http://mail.example.org" })).toThrow(
      'SMTP_URL must start with smtp:// or smtps:// (host "mail.example.org").',
    );
  });

  it("loads the demo city into a server database only when DEMO_DATA=on", () => {
    expect(loadConfig({ DATABASE_URL: PG }).demoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: PG, DEMO_DATA: "on" }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: "off" }).demoData).toBe(false);
    expect(loadConfig({ DEMO_DATA: "" }).demoData).toBe(true); // empty is unset
  });

  it("reads TRUST_PROXY as off, on, a hop count or proxy addresses", () => {
    const trust = (v: string) => loadConfig({ TRUST_PROXY: v }).trustProxy;
    expect(trust("off")).toBe(false);
    expect(trust("on")).toBe(true);
    expect(trust("1")).toBe(1);
    expect(trust("10.0.0.5, 10.1.0.0/16")).toEqual(["10.0.0.5", "10.1.0.0/16"]);
    expect(() => trust("proxy.example")).toThrow(StartupError);
  });

  it("names the variable and the value in one line", () => {
    expect(() => loadConfig({ PORT: "70000" })).toThrow(
      'PORT must be a whole number from 0 to 65535 (got "70000").',
    );
    expect(
      loadConfig({ MAP_TILE_ORIGIN: "https://tiles.example.cn/{z}/{x}/{y}.png" }).mapTileOrigin,
    ).toBe("https://tiles.example.cn");
  });
});
