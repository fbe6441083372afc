import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { HEADLESS_CHROMIUM_ARGS } from "@cw/db";
import { type Browser, chromium, type Page } from "playwright-core";

const CANDIDATES = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium, or undefined. Browsers cannot be downloaded on these machines. */
export function findChromium(): string | undefined {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p));
}

export const MISSING_BROWSER =
  "End-to-end tests need Chromium: install Debian's package with `apt-get install -y chromium fonts-noto-cjk` (or set CHROMIUM_PATH).";

/** With CI set a missing browser fails the run; locally the e2e tests are skipped with a notice. */
export function browserOrSkip(): { path: string | undefined; skip: boolean } {
  const path = findChromium();
  if (!path) {
    if (process.env.CI) throw new Error(MISSING_BROWSER);
    console.warn(`SKIPPED: ${MISSING_BROWSER}`);
  }
  return { path, skip: !path };
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: HEADLESS_CHROMIUM_ARGS,
  });
}

/** Screenshots go here and are kept after the run (ignored by git). */
export async function screenshotDir(): Promise<string> {
  const dir = fileURLToPath(new URL("../../../../test-artifacts/screenshots/", import.meta.url));
  await mkdir(dir, { recursive: true });
  return dir;
}

/**
 * Waits until the page's finite animations and transitions have ended (2 s at most; endless
 * ones, a spinner, are left running), so what a test reads or clicks is where it settles.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().endTime !== Number.POSITIVE_INFINITY)
      .map((a) => a.finished.catch(() => {}));
    await Promise.race([Promise.all(finite), new Promise((done) => setTimeout(done, 2000))]);
  });
}
