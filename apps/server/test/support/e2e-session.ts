import { join } from "node:path";
import { DEMO_PASSWORD } from "@cw/db/testing";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import { animationsSettled, screenshotDir } from "./browser.ts";

/** What Chromium reported the server's Content-Security-Policy refused, on any signed-in page. */
export const cspViolations: string[] = [];

function watchCsp(page: Page): void {
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
}

/** Signs `username` in through the sign-in form and waits for their home screen. */
export async function signIn(page: Page, baseUrl: string, username: string): Promise<void> {
  watchCsp(page);
  await page.goto(baseUrl);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByTestId("current-user").waitFor();
}

/** Saves a full-page screenshot and checks the page shows every one of `texts` as it is taken. */
export async function shoot(page: Page, name: string, texts: string[]): Promise<void> {
  await page.screenshot({ path: join(await screenshotDir(), name), fullPage: true });
  const shown = await page.locator("body").innerText();
  for (const text of texts) expect(shown, `${name} should show "${text}"`).toContain(text);
}

/** Calls the API as this browser's user (its session cookie): queries by GET, mutations by POST. */
export function apiFor(page: Page, baseUrl: string) {
  const cookie = async () => {
    const session = (await page.context().cookies()).find((c) => c.name === "cw_session");
    return `cw_session=${session?.value}`;
  };
  const unwrap = async <T>(response: Response, path: string): Promise<T> => {
    const body = (await response.json()) as {
      result?: { data: { json: T } };
      error?: { json: { message: string } };
    };
    if (!body.result) throw new Error(`${path}: ${body.error?.json.message ?? response.status}`);
    return body.result.data.json;
  };
  return {
    async query<T>(path: string, input: unknown = {}): Promise<T> {
      const query = encodeURIComponent(JSON.stringify({ json: input }));
      const response = await fetch(`${baseUrl}/trpc/${path}?input=${query}`, {
        headers: { cookie: await cookie() },
      });
      return unwrap<T>(response, path);
    },
    async mutate<T>(path: string, input: unknown): Promise<T> {
      const response = await fetch(`${baseUrl}/trpc/${path}`, {
        method: "POST",
        headers: { cookie: await cookie(), "content-type": "application/json" },
        body: JSON.stringify({ json: input }),
      });
      return unwrap<T>(response, path);
    },
  };
}

/**
 * An overview tile's number exactly as the page shows it ("1,234" → 1234), so a check for 1
 * cannot pass on a tile that says 12. Not a number (a dash, an empty tile) comes back as NaN.
 */
export async function tileNumber(page: Page, testId: string): Promise<number> {
  const text = await page.getByTestId(testId).locator(".tile-value").innerText();
  return /^\d{1,3}(,\d{3})*$/.test(text.trim()) ? Number(text.replaceAll(",", "")) : Number.NaN;
}

/** An overview tile's detail line, whole. */
export function tileDetail(page: Page, testId: string): Promise<string> {
  return page.getByTestId(testId).locator(".tile-detail").innerText();
}

/**
 * Confirms a task's form dialog (its OK button) once the dialog has finished opening. antd's
 * dialog zooms in from the button that opened it; on a loaded CI machine a click aimed while it
 * still moved could land beside the OK button, and the dialog simply stayed open (push-back's
 * board dialogs, three times in a day, never alone).
 */
export async function confirmTaskForm(page: Page): Promise<void> {
  await animationsSettled(page);
  await page.getByTestId("task-form-ok").click();
}
