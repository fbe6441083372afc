// The inspector's day on a phone (issue 12), from the sign-in screen with no typed URL: the
// first screen says how many fixes await their verification; the queue lists them nearest
// first from the phone's position with the distance; the inspector opens the nearest, closes it
// with a photo, and it leaves the queue. The demo city has fixes awaiting verification; the
// phone stands at the nearest one's site.
import type { TaskDetail, VerificationQueueItem } from "@cw/domain";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { apiFor, confirmTaskForm, shoot, signIn } from "../support/e2e-session.ts";
import { tinyPng } from "../support/tiny-png.ts";

const chromium = browserOrSkip();

describe.skipIf(chromium.skip)("the inspector's verification queue on a phone", () => {
  const app = useE2EApp(chromium.path, "verify");

  it("finds a fix awaiting verification from the first screen and closes it with a photo", async () => {
    // Where to stand: the site of one fix awaiting verification (read as the coordinator).
    const desk = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const deskPage = await desk.newPage();
    await signIn(deskPage, app.baseUrl, "coordinator");
    const deskApi = apiFor(deskPage, app.baseUrl);
    const waiting = await deskApi.query<{ items: VerificationQueueItem[] }>(
      "tasks.verificationQueue",
      {},
    );
    const target = waiting.items[0];
    if (!target) throw new Error("the demo city has no fix awaiting verification");
    const site = await deskApi.query<{ latitude: number; longitude: number }>("sites.get", {
      id: target.siteId,
    });

    const phone = await app.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: "zh-CN",
      permissions: ["geolocation"],
      geolocation: { latitude: Number(site.latitude), longitude: Number(site.longitude) },
    });
    const page = await phone.newPage();
    await signIn(page, app.baseUrl, "inspector");
    const banner = page.getByTestId("verify-banner");
    await banner.waitFor();
    expect(await banner.innerText()).toMatch(/\d+ 项整改待您复查/);
    await shoot(page, "inspector-first-screen.png", ["现场督查", "项整改待您复查"]);
    await banner.getByRole("button", { name: "去复查" }).click();

    await page.getByText("按距离由近到远排列").waitFor();
    const first = page.getByTestId("verify-task").first();
    await first.waitFor();
    // Nearest first: the phone stands at the target's site, so the first card is 0 m away.
    expect(await first.getByTestId("verify-distance").innerText()).toMatch(/^\d+ 米$/);
    const findingId = (await first.getAttribute("data-finding-id")) as string;
    await shoot(page, "inspector-verify-queue.png", ["待复查", "按距离由近到远排列", "去复查"]);
    await expectNoSeriousA11yViolations(page, "the verification queue on a phone");

    await first.getByTestId("verify-open-task").click();
    await page.locator("[data-testid=task-detail][data-status=submitted]").waitFor();
    await page.getByTestId("action-close").click();
    await page.getByTestId("photo-input").setInputFiles({
      name: "verified.png",
      mimeType: "image/png",
      buffer: tinyPng(),
    });
    await page.getByTestId("uploaded-photos").locator("img").waitFor();
    await confirmTaskForm(page);
    await page.locator("[data-testid=task-detail][data-status=closed]").waitFor();

    const closed = await apiFor(page, app.baseUrl).query<TaskDetail>("tasks.get", { findingId });
    expect(closed.status).toBe("closed");
    expect(closed.verifications.at(-1)?.photos).toHaveLength(1);
    await page.getByRole("button", { name: "关闭" }).click();
    await expect
      .poll(() => page.locator(`[data-testid=verify-task][data-finding-id="${findingId}"]`).count())
      .toBe(0);
  }, 180_000);
});
