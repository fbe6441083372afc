// Units push back, in headless Chromium from the sign-in screen (issue 12): the unit officer on
// a phone asks for more time on one task and returns another as not the unit's responsibility;
// the coordinator finds both on the board's queues, approves the extension, and dispatches the
// returned task again (to another unit), and dispatches a new one with the unit the server
// prefilled from its site. Two findings are logged and dispatched through the API first.
import type { TaskDetail } from "@cw/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { apiFor, confirmTaskForm, shoot, signIn } from "../support/e2e-session.ts";
import { newFindingOfUnit } from "../support/rectification-fixture.ts";

const chromium = browserOrSkip();

/** A Beijing calendar date `days` from today. */
function beijingDate(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

describe.skipIf(chromium.skip)("units push back, in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "pushback");

  async function newPage(width: number, height: number): Promise<Page> {
    const context = await app.browser.newContext({ viewport: { width, height } });
    return context.newPage();
  }

  it("an officer asks for an extension and returns a task; the coordinator decides both", async () => {
    const coordinator = await newPage(1280, 900);
    await signIn(coordinator, app.baseUrl, "coordinator");
    // The coordinator's first screen is the board, their queues.
    await coordinator.waitForURL(/\/board/);
    const api = apiFor(coordinator, app.baseUrl);
    const units = await api.query<{ id: string; code: string; name: string }[]>("units.list", {});
    const u04 = units.find((u) => u.code === "U04");
    const other = units.find((u) => u.code !== "U04");
    if (!u04 || !other) throw new Error("the demo city has no unit U04");
    const dispatched: { id: string; code: string; deadline: string }[] = [];
    for (const days of [10, 12]) {
      const finding = await newFindingOfUnit(api);
      const deadline = beijingDate(days);
      await api.mutate("tasks.transition", {
        action: "dispatch",
        findingId: finding.id,
        expectedVersion: 1,
        unitId: u04.id,
        deadline,
      });
      dispatched.push({ ...finding, deadline });
    }
    const [later, notOurs] = dispatched as [(typeof dispatched)[0], (typeof dispatched)[0]];

    // The officer of U04 on a phone: an extension on one, a push-back on the other.
    const officer = await newPage(390, 844);
    await signIn(officer, app.baseUrl, "officer");
    const asked = beijingDate(30);
    await officer
      .locator(`[data-testid=unit-task][data-finding-id="${later.id}"]`)
      .getByTestId("unit-open-task")
      .click();
    await officer.getByTestId("action-request_extension").click();
    await officer.getByLabel("申请延至").fill(asked);
    await officer.getByLabel("申请延至").press("Enter");
    await officer.getByLabel("延期理由").fill("需定制护栏，厂家供货需三周");
    await confirmTaskForm(officer);
    await officer.getByTestId("task-notice").getByText("操作成功。").waitFor();
    await officer.locator("[data-testid=extension-request][data-status=pending]").waitFor();
    await shoot(officer, "extension-requested.png", ["延期申请", "待审批", asked]);

    await officer.goBack();
    await officer
      .locator(`[data-testid=unit-task][data-finding-id="${notOurs.id}"]`)
      .getByTestId("unit-open-task")
      .click();
    await officer.getByTestId("action-push_back").click();
    await officer.getByLabel("退回理由").fill("该点位由区市政中心管理，不属本单位");
    await confirmTaskForm(officer);
    await officer.getByTestId("task-handed-back").waitFor();
    await officer.goBack();
    await officer.locator(`[data-testid=unit-task][data-finding-id="${later.id}"]`).waitFor();
    // The list refetches after the push-back: the returned task leaves it.
    await expect
      .poll(() =>
        officer.locator(`[data-testid=unit-task][data-finding-id="${notOurs.id}"]`).count(),
      )
      .toBe(0);

    // The coordinator: the board's extension queue, then the pushed-back queue.
    await coordinator.getByRole("link", { name: "整改调度" }).click();
    await coordinator.getByTestId("board-tab-extension").click();
    await coordinator.getByRole("button", { name: `查看任务 ${later.code}` }).click();
    await coordinator.getByTestId("detail-extensions").getByText("需定制护栏").waitFor();
    await coordinator.getByTestId("action-approve_extension").click();
    await confirmTaskForm(coordinator);
    await coordinator.locator("[data-testid=extension-request][data-status=approved]").waitFor();
    const approved = await api.query<TaskDetail>("tasks.get", { findingId: later.id });
    expect(approved.deadline).toBe(asked);
    await coordinator.keyboard.press("Escape");

    await coordinator.getByTestId("board-tab-pushed_back").click();
    await coordinator.getByRole("button", { name: `查看任务 ${notOurs.code}` }).click();
    await coordinator.getByTestId("pushed-back-note").getByText("该点位由区市政中心管理").waitFor();
    await shoot(coordinator, "pushed-back.png", ["退回待改派", u04.name, "不属本单位"]);
    await coordinator.getByTestId("action-dispatch").click();
    const unitBox = coordinator.getByRole("combobox", { name: "责任单位" });
    await unitBox.click();
    await unitBox.fill(other.name);
    await coordinator
      .locator(".ant-select-item-option", { hasText: `${other.name}（${other.code}）` })
      .click();
    await confirmTaskForm(coordinator);
    await coordinator.locator("[data-testid=task-detail][data-status=assigned]").waitFor();
    const redispatched = await api.query<TaskDetail>("tasks.get", { findingId: notOurs.id });
    expect([redispatched.unit?.id, redispatched.pushedBack]).toEqual([other.id, null]);
    await coordinator.keyboard.press("Escape");

    // A new finding: the dispatch form starts with the site's responsible unit.
    const fresh = await newFindingOfUnit(api);
    await coordinator.getByTestId("board-tab-new").click();
    // The demo has many new findings: the search bar finds this one by its code.
    await coordinator.getByRole("searchbox", { name: "搜索任务" }).fill(fresh.code);
    await coordinator.getByRole("searchbox", { name: "搜索任务" }).press("Enter");
    await coordinator.getByRole("button", { name: `查看任务 ${fresh.code}` }).click();
    await coordinator.getByTestId("action-dispatch").click();
    await coordinator.locator(".ant-modal").getByText(`${u04.name}（${u04.code}）`).waitFor();
    await confirmTaskForm(coordinator);
    await coordinator.locator("[data-testid=task-detail][data-status=assigned]").waitFor();
    const freshDetail = await api.query<TaskDetail>("tasks.get", { findingId: fresh.id });
    expect(freshDetail.unit?.id).toBe(u04.id);

    // On a phone the task list is cards, not the eight-column table.
    await coordinator.keyboard.press("Escape");
    await coordinator.setViewportSize({ width: 390, height: 844 });
    await coordinator.getByRole("link", { name: "整改任务", exact: true }).click();
    await coordinator.getByTestId("task-cards").getByTestId("unit-task").first().waitFor();
    await expect.poll(() => coordinator.getByTestId("task-row").count()).toBe(0);
  }, 240_000);
});
