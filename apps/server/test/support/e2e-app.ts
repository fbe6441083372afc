import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchChromium, screenshotDir } from "./browser.ts";
import { cspViolations } from "./e2e-session.ts";
import { freePort, type ServerProcess, startServerProcess } from "./server-process.ts";

export interface E2EApp {
  baseUrl: string;
  browser: Browser;
  server: ServerProcess;
}

/**
 * For one test file: the real server (`npm start`'s entry) on a free port with a fresh data
 * directory and the demo city, and a headless Chromium; both stopped and removed afterwards.
 * The returned object is filled in before the first test runs.
 */
export function useE2EApp(
  chromiumPath: string | undefined,
  name: string,
  /** Extra server environment, read when the server starts (a test's earlier hook may fill it). */
  env: Readonly<Record<string, string>> = {},
): E2EApp {
  const app = {} as E2EApp;
  let dataDir = "";
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), `cw-e2e-${name}-`));
    const port = await freePort();
    app.baseUrl = `http://127.0.0.1:${port}`;
    app.server = startServerProcess({ ...env, PORT: String(port), DATA_DIR: dataDir });
    await app.server.ready(240_000);
    app.browser = await launchChromium(chromiumPath as string);
  }, 300_000);
  // A failed test leaves a picture of every page it had open, to read what the user would have
  // seen (a flaky wait in CI is otherwise only a timeout).
  afterEach(async (context) => {
    if (context.task.result?.state !== "fail" || !app.browser) return;
    const dir = await screenshotDir();
    const pages = app.browser.contexts().flatMap((c) => c.pages());
    for (const [i, page] of pages.entries()) {
      const file = join(dir, `failed-${name}-${i + 1}.png`);
      await page.screenshot({ path: file, fullPage: true }).catch(() => {});
      console.error(`failed test "${context.task.name}": ${page.url()} -> ${file}`);
    }
  });
  afterAll(async () => {
    // The web app works under the server's CSP: nothing it does was refused.
    expect(cspViolations, "CSP violations in Chromium").toEqual([]);
    await app.browser?.close();
    await app.server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  return app;
}

/** Saves a full-page screenshot (kept after the run) and checks the page shows `texts`. */
export async function shoot(page: Page, name: string, texts: readonly string[]): Promise<void> {
  await page.screenshot({ path: join(await screenshotDir(), name), fullPage: true });
  const shown = await page.locator("body").innerText();
  for (const text of texts) expect(shown, `${name} should show "${text}"`).toContain(text);
}
