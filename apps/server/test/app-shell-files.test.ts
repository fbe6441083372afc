// The phone's app shell as the server sends it (issue 12, decision 0024), from the real build
// (`npm run build` first, as for web-bundle.test.ts): the service worker never cached by the
// browser's HTTP cache (a new build must reach phones), the web manifest with its type and
// icons, the worker allowed by the CSP, and the precache holding the phone screens only.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttp } from "./support/http-client.ts";

const DIST = fileURLToPath(new URL("../../web/dist/", import.meta.url));

describe("the phone's app shell files", () => {
  let db: TestDatabase;
  let http: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    expect(existsSync(`${DIST}sw.js`), "run `npm run build` first").toBe(true);
    db = await createTestDatabase("pglite");
    http = await startHttp(db, { now: new Date() }, { webRoot: DIST });
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });

  it("sends sw.js uncached, as JavaScript, under a CSP that allows this origin's worker", async () => {
    const res = await fetch(`${http.base}/sw.js`, { headers: { "accept-encoding": "br" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("content-type")).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get("content-encoding")).toBe("br");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("manifest-src 'self'");
    expect(await res.text()).toContain("cw-phone-reads");
  });

  it("sends the web manifest as application/manifest+json, naming icons that exist", async () => {
    const res = await fetch(`${http.base}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/manifest\+json/);
    const manifest = (await res.json()) as {
      name: string;
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ name: "创文督查", display: "standalone", start_url: "/" });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual([
      "192x192 any",
      "512x512 any",
      "512x512 maskable",
    ]);
    for (const icon of manifest.icons) {
      const png = await fetch(`${http.base}/${icon.src}`);
      expect(png.headers.get("content-type"), icon.src).toBe("image/png");
      const bytes = Buffer.from(await png.arrayBuffer());
      // The PNG's own width (IHDR), as the manifest says.
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
    }
    const html = await (await fetch(`${http.base}/inspect`)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
  });

  it("precaches the shell and the phone screens, not the desktop screens", () => {
    const sw = readFileSync(`${DIST}sw.js`, "utf8");
    const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? "");
    const chunk = (name: string) =>
      urls.some((u) => new RegExp(`^assets/${name}-[\\w-]+\\.js$`).test(u));
    expect(urls).toContain("index.html");
    expect(urls).toContain("manifest.webmanifest");
    for (const phone of ["inspect-page", "unit-page", "login-page", "query-states"]) {
      expect(chunk(phone), phone).toBe(true);
    }
    for (const desktop of ["admin-page", "board-page", "map-page", "assessment-page"]) {
      expect(chunk(desktop), desktop).toBe(false);
    }
  });
});
