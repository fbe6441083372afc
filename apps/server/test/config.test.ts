// The configuration as the server reads it from the environment (src/config.ts).
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
    });
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
