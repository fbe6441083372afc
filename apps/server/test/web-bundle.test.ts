// The leader overview's first load must stay within 300 KB of compressed JavaScript (issue 5),
// measured as the server sends it (the build's Brotli copies), and the server must send those.
// `npm test` builds the web app before vitest runs; the script reads that build's manifest.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const SCRIPT = fileURLToPath(new URL("../../web/scripts/bundle-size.mjs", import.meta.url));
const MANIFEST = fileURLToPath(new URL("../../web/dist/.vite/manifest.json", import.meta.url));

interface Measure {
  files: { file: string; brotliBytes: number; gzipBytes: number }[];
  totalBytes: number;
  gzipTotalBytes: number;
  budgetBytes: number;
}

describe("the web app's bundle", () => {
  it("ships the overview's first load in at most 300 KB of compressed JavaScript", async () => {
    expect(existsSync(MANIFEST), "run `npm run build` first (npm test does)").toBe(true);
    // The script exits 1 over budget; its JSON still says by how much.
    const run = await promisify(execFile)(process.execPath, [SCRIPT, "--json"]).catch(
      (error: { stdout: string }) => ({ stdout: error.stdout }),
    );
    const measure = JSON.parse(run.stdout) as Measure;
    const report = measure.files.map((f) => `${f.brotliBytes} ${f.file}`).join("\n");
    expect(measure.budgetBytes).toBe(300_000);
    expect(measure.files.length, "no JavaScript found for the first load").toBeGreaterThan(0);
    expect(measure.totalBytes, `over budget:\n${report}`).toBeLessThanOrEqual(measure.budgetBytes);
    // Browsers that take only gzip get the .gz copies: they must fit too.
    expect(measure.gzipTotalBytes, "over budget with gzip").toBeLessThanOrEqual(
      measure.budgetBytes,
    );
  });
});

describe("the server's static files", () => {
  it("sends the Brotli copy to browsers that accept it, gzip to others, plain to the rest", async () => {
    const { createAppServer } = await import("../src/http/app-server.ts");
    const { createTestDatabase } = await import("@cw/db/testing");
    const root = fileURLToPath(new URL("../../web/dist", import.meta.url));
    const db = await createTestDatabase("pglite");
    const server = await createAppServer({ db, webRoot: root });
    await server.listen({ port: 0, host: "127.0.0.1" });
    const { port } = server.server.address() as { port: number };
    try {
      const get = (encoding: string) =>
        new Promise<{ encoding: string | undefined; length: number }>((resolve, reject) => {
          import("node:http").then(({ get }) =>
            get({ port, path: "/", headers: { "accept-encoding": encoding } }, (res) => {
              let length = 0;
              res.on("data", (c: Buffer) => {
                length += c.length;
              });
              res.on("end", () => resolve({ encoding: res.headers["content-encoding"], length }));
            }).on("error", reject),
          );
        });
      const br = await get("gzip, deflate, br");
      const gz = await get("gzip");
      const plain = await get("identity");
      expect(br.encoding).toBe("br");
      expect(gz.encoding).toBe("gzip");
      expect(plain.encoding).toBeUndefined();
      expect(br.length).toBeLessThan(plain.length);
      expect((await get("br;q=0, gzip")).encoding).toBe("gzip");
    } finally {
      await server.close();
      await db.destroy();
    }
  }, 120_000);
});
