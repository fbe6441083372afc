// The phone's app shell (issue 12, decision 0024) in headless Chromium against the real
// server: an inspector signs in on a 390 px phone and opens 现场督查, whose service worker
// installs; the network is cut and the page reloaded — the app opens from the phone (not the
// browser's offline page) with the sites and categories last read; a finding recorded then
// waits on the phone and, once the network is back, reaches the server exactly once.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { apiFor, shoot, signIn } from "../support/e2e-session.ts";
import { tinyPng } from "../support/tiny-png.ts";

const chromium = browserOrSkip();
// The service worker's install fetches the shell's files; the outbox retries on a timer.
const POLL = { timeout: 30_000 };

/** The service worker's state and whether it controls this page. */
const workerState = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    return {
      active: registration?.active?.state ?? null,
      controlled: navigator.serviceWorker.controller !== null,
    };
  });

describe.skipIf(chromium.skip)("the inspector's phone opens offline in Chromium", () => {
  const app = useE2EApp(chromium.path, "offline-shell");

  it("reloads 现场督查 with no network, records a finding, and sends it once", async () => {
    const context = await app.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: "zh-CN",
    });
    const page = await context.newPage();
    const api = apiFor(page, app.baseUrl);
    await signIn(page, app.baseUrl, "inspector");
    expect(new URL(page.url()).pathname).toBe("/inspect");
    await page.getByTestId("site-link").first().waitFor();
    await expect
      .poll(() => workerState(page), POLL)
      .toEqual({ active: "activated", controlled: true });
    // What the page reads now is what the phone will have offline.
    await page.reload();
    const site = page.getByTestId("site-link").first();
    await site.waitFor();
    const siteName = (await site.innerText()).split("\n")[0] ?? "";

    await context.setOffline(true);
    await page.reload();
    await page.getByTestId("offline-banner").waitFor();
    await page.getByTestId("site-link").first().waitFor();
    await shoot(page, "offline-shell-reloaded.png", ["现场督查", "网络已断开", siteName]);

    const description = `e2e 离线重开后记录 ${Date.now()}`;
    await page.getByTestId("site-link").first().click();
    await page.getByRole("button", { name: "记录问题" }).click();
    await page.getByLabel("问题类别").click();
    await page.locator(".ant-select-item-option").first().click();
    await page.getByLabel("问题描述").fill(description);
    await page
      .locator('input[type="file"]')
      .first()
      .setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: tinyPng() });
    await page.getByRole("img", { name: "照片 1" }).waitFor();
    await page.getByRole("button", { name: "保存" }).click();
    await expect
      .poll(() => page.getByTestId("outbox-button").getAttribute("data-count"), POLL)
      .toBe("1");
    const count = async () =>
      (await api.query<{ items: unknown[] }>("tasks.list", { text: description })).items.length;
    expect(await count()).toBe(0);

    await context.setOffline(false);
    await expect
      .poll(() => page.getByTestId("outbox-button").getAttribute("data-count"), POLL)
      .toBe("0");
    expect(await count()).toBe(1);
    // The queue says what went and when, Beijing time.
    const sent = await page.getByTestId("outbox-sent").innerText();
    expect(sent).toMatch(/^已发送 1 条 · \d{2}:\d{2}$/);
    await shoot(page, "offline-shell-sent.png", ["待发送 0", sent]);
    // Another round of the outbox's timer sends nothing again.
    await page.waitForTimeout(16_000);
    expect(await count()).toBe(1);
    await context.close();
  }, 240_000);
});
