import type { TaskDetail } from "@cw/domain";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { apiFor, confirmTaskForm, shoot, signIn } from "../support/e2e-session.ts";
import { newFindingOfUnit } from "../support/rectification-fixture.ts";

const chromium = browserOrSkip();
const UNIT_NAME = "市交通运输局";
const OFFICER_NAME = "交通运输局 联络员 赵磊";

describe.skipIf(chromium.skip)("the notification bell in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "bell");

  it("shows the officer a dispatch naming them on a 390 px phone and opens the task", async () => {
    // The officer is signed in on a phone before anything is sent: no unread count yet.
    const officerContext = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
    const officer = await officerContext.newPage();
    await signIn(officer, app.baseUrl, "officer");
    const bell = officer.getByTestId("notification-bell");
    await bell.waitFor();
    expect(await officer.getByTestId("notification-count").count()).toBe(0);

    // The coordinator dispatches a finding of the officer's unit, naming the officer as owner.
    const coordinator = await (
      await app.browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    await signIn(coordinator, app.baseUrl, "coordinator");
    const finding = await newFindingOfUnit(apiFor(coordinator, app.baseUrl));
    await coordinator.goto(`${app.baseUrl}/tasks/${finding.id}`);
    await coordinator.locator("[data-testid=task-detail][data-status=new]").waitFor();
    await coordinator.getByTestId("action-dispatch").click();
    // The site's unit is suggested by the server; the officer is chosen as owner.
    await coordinator.getByTestId("unit-select").getByText(UNIT_NAME, { exact: false }).waitFor();
    await coordinator.getByRole("combobox", { name: "责任人" }).click();
    await coordinator.locator(".ant-select-item-option", { hasText: OFFICER_NAME }).click();
    await confirmTaskForm(coordinator);
    await coordinator.locator("[data-testid=task-detail][data-status=assigned]").waitFor();
    await coordinator.getByTestId("detail-owner").getByText(OFFICER_NAME).waitFor();
    const dispatched = await apiFor(coordinator, app.baseUrl).query<TaskDetail>("tasks.get", {
      findingId: finding.id,
    });
    expect(dispatched.owner?.name).toBe(OFFICER_NAME);

    // Coming back to the window refreshes the count (it is also polled every minute).
    await officer.evaluate(() =>
      document.dispatchEvent(new Event("visibilitychange", { bubbles: true })),
    );
    await officer.getByTestId("notification-count").getByText("1", { exact: true }).waitFor();
    expect(await bell.getAttribute("aria-label")).toBe("通知: 1 条未读");
    await shoot(officer, "bell-unread-phone.png", [OFFICER_NAME]);

    await bell.click();
    const item = officer.getByTestId("notification-item");
    await item.waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.getAttribute("data-read")).toBe("false");
    await shoot(officer, "bell-list-phone.png", [`新交办任务 ${finding.code}`, UNIT_NAME]);
    // The drawer fills the phone's width (to the pixel: CI measured 389.99998 once, a layout
    // rounding, not a narrower drawer).
    const drawer = await officer.locator(".ant-drawer-content-wrapper").boundingBox();
    expect(drawer?.width).toBeCloseTo(390, 0);
    await expectNoSeriousA11yViolations(officer, "the notification list on a phone");

    await item.click();
    await officer.waitForURL(`${app.baseUrl}/tasks/${finding.id}`);
    await officer.locator("[data-testid=task-detail][data-status=assigned]").waitFor();
    await officer.getByTestId("detail-code").getByText(finding.code).waitFor();
    // Read now: the badge is gone.
    await expect.poll(() => officer.getByTestId("notification-count").count()).toBe(0);
    await shoot(officer, "bell-opened-task-phone.png", [finding.code, OFFICER_NAME]);
  }, 180_000);
});
