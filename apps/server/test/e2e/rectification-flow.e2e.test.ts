import type { OverviewTiles, TaskDetail } from "@cw/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { apiFor, confirmTaskForm, shoot, signIn, tileNumber } from "../support/e2e-session.ts";
import { newFindingOfUnit } from "../support/rectification-fixture.ts";
import { tinyPng } from "../support/tiny-png.ts";

const chromium = browserOrSkip();
const UNIT_NAME = "市交通运输局";

/** A Beijing calendar date `days` from today. */
function beijingDate(days: number): string {
  return new Date(Date.now() + 8 * 3600_000 + days * 86400_000).toISOString().slice(0, 10);
}

describe.skipIf(chromium.skip)("the rectification loop in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "rect");

  async function newPage(width: number, height: number): Promise<Page> {
    const context = await app.browser.newContext({ viewport: { width, height } });
    return context.newPage();
  }

  /**
   * Searches the duplicate picker for a code and picks it. The list re-renders when the
   * search's answer replaces the previous one, so a click can land while the option is being
   * replaced; the pick is checked on the select itself and tried again (three times at most).
   */
  async function pickOriginal(page: Page, code: string): Promise<void> {
    const dialog = page.getByRole("dialog");
    const picked = dialog.locator(`[data-testid=duplicate-select] [title^="${code} "]`);
    for (let attempt = 1; ; attempt++) {
      await dialog.getByRole("combobox", { name: "原问题" }).fill(code);
      await page.locator(".ant-select-item-option", { hasText: code }).click();
      try {
        await picked.waitFor({ timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  }

  it("dispatches, claims, submits with a photo, verifies and closes; the overview follows", async () => {
    // The coordinator: the board, bulk dispatch to the unit, then a deadline in the detail.
    const coordinator = await newPage(1280, 900);
    await signIn(coordinator, app.baseUrl, "coordinator");
    const coordinatorApi = apiFor(coordinator, app.baseUrl);
    const finding = await newFindingOfUnit(coordinatorApi);
    const before = await coordinatorApi.query<OverviewTiles>("overview.tiles");

    await coordinator.goto(`${app.baseUrl}/board?tab=new`);
    const row = coordinator.locator(`[data-testid=board-row][data-finding-id="${finding.id}"]`);
    await row.waitFor();
    await coordinator.getByTestId("board-tab-overdue").locator(".ant-badge").waitFor();
    await shoot(coordinator, "board.png", ["整改调度", "已逾期", "待派发", "待复查", finding.code]);
    // What each warning colour means, beside the board.
    expect(await coordinator.getByTestId("warning-legend").innerText()).toContain(
      "已过整改期限仍未完成",
    );
    await expectNoSeriousA11yViolations(coordinator, "the rectification board");

    await coordinator.getByLabel(`选择任务 ${finding.code}`).check();
    await coordinator.getByTestId("bulk-dispatch").click();
    await coordinator.getByRole("combobox", { name: "责任单位" }).click();
    await coordinator.getByRole("combobox", { name: "责任单位" }).fill(UNIT_NAME);
    await coordinator
      .locator(".ant-select-item-option", { hasText: `${UNIT_NAME}（U04）` })
      .click();
    await coordinator.getByTestId("bulk-ok").click();
    await coordinator.locator("[data-testid=bulk-row][data-state=done]").waitFor();
    await shoot(coordinator, "board-bulk-dispatch.png", ["已处理 1 / 1", "成功", finding.code]);
    await coordinator.getByTestId("bulk-ok").click();

    await coordinator.getByTestId("board-tab-assigned").click();
    await coordinator.getByRole("button", { name: `查看任务 ${finding.code}` }).click();
    const detail = coordinator.getByTestId("task-detail");
    await detail.and(coordinator.locator("[data-status=assigned]")).waitFor();
    const deadline = beijingDate(10);
    await coordinator.getByTestId("action-deadline").click();
    await coordinator.getByLabel("整改期限").fill(deadline);
    await coordinator.getByLabel("整改期限").press("Enter");
    await coordinator.getByLabel("原因").fill("点位整改工作量大，延长期限");
    await confirmTaskForm(coordinator);
    await coordinator.getByTestId("task-notice").getByText("操作成功。").waitFor();
    const dispatched = await coordinatorApi.query<TaskDetail>("tasks.get", {
      findingId: finding.id,
    });
    expect(dispatched.unit?.name).toBe(UNIT_NAME);
    expect(dispatched.deadline).toBe(deadline);
    await coordinator.getByTestId("detail-history").getByText("调整期限").waitFor();
    await shoot(coordinator, "task-detail.png", [
      "整改任务详情",
      finding.code,
      UNIT_NAME,
      "已派发",
      "处理记录",
      "新发现 → 已派发",
      "点位整改工作量大，延长期限",
    ]);
    await expectNoSeriousA11yViolations(coordinator, "the task detail");

    // The unit officer, on a phone: the unit view, claim, then submit with a photo.
    const officer = await newPage(390, 844);
    await signIn(officer, app.baseUrl, "officer");
    const card = officer.locator(`[data-testid=unit-task][data-finding-id="${finding.id}"]`);
    await card.waitFor();
    // The card says how long is left, in working days, as the server counted it.
    expect(await card.getByTestId("deadline-countdown").innerText()).toMatch(/^剩 \d+ 个工作日$/);
    await shoot(officer, "unit-view.png", [
      "本单位任务",
      "已逾期",
      "即将到期",
      "其他未销号任务",
      finding.code,
    ]);
    await expectNoSeriousA11yViolations(officer, "the unit view");
    await card.getByTestId("unit-open-task").click();
    await officer.getByTestId("action-claim").click();
    await confirmTaskForm(officer);
    await officer.locator("[data-testid=task-detail][data-status=in_progress]").waitFor();
    await officer.getByTestId("action-submit").click();
    await officer.getByLabel("整改说明").fill("已更换破损座椅并清理现场");
    await officer.getByTestId("photo-input").setInputFiles({
      name: "after.png",
      mimeType: "image/png",
      buffer: tinyPng(),
    });
    await officer.getByTestId("uploaded-photos").locator("img").waitFor();
    await confirmTaskForm(officer);
    await officer.locator("[data-testid=task-detail][data-status=submitted]").waitFor();
    await shoot(officer, "task-detail-unit.png", [
      "待复查",
      "已更换破损座椅并清理现场",
      "提交复查",
    ]);
    await expectNoSeriousA11yViolations(officer, "the task detail on a phone");
    // The fixer may not verify their own fix.
    const asOfficer = await apiFor(officer, app.baseUrl).query<TaskDetail>("tasks.get", {
      findingId: finding.id,
    });
    expect(asOfficer.availableActions).not.toContain("close");
    expect(asOfficer.progress.at(-1)?.photos).toHaveLength(1);

    // It waits in the coordinators' verification queue.
    await coordinator.goto(`${app.baseUrl}/board?tab=verify`);
    await coordinator.locator(`[data-testid=board-row][data-finding-id="${finding.id}"]`).waitFor();

    // A different person, the inspector, verifies and closes it.
    const inspector = await newPage(1280, 900);
    await signIn(inspector, app.baseUrl, "inspector");
    const inspectorApi = apiFor(inspector, app.baseUrl);
    const submitted = await inspectorApi.query<TaskDetail>("tasks.get", { findingId: finding.id });
    expect(submitted.availableActions).toContain("close");
    await inspector.goto(`${app.baseUrl}/tasks/${finding.id}`);
    await inspector.locator("[data-testid=task-detail][data-status=submitted]").waitFor();
    await inspector.getByTestId("action-close").click();
    // The verification step shows before and after side by side: the unit's photo is "after".
    const verifying = inspector.getByRole("dialog");
    await verifying.getByTestId("evidence-after").locator("img").waitFor();
    expect(await verifying.getByTestId("evidence-after").innerText()).toContain("整改后");
    expect(await verifying.getByTestId("evidence-before").innerText()).toContain("整改前");
    await shoot(inspector, "task-verify-evidence.png", ["整改前", "整改后"]);
    await confirmTaskForm(inspector);
    await inspector.locator("[data-testid=task-detail][data-status=closed]").waitFor();
    await shoot(inspector, "task-detail-inspector-closed.png", ["已销号", "复查记录"]);
    const closed = await inspectorApi.query<TaskDetail>("tasks.get", { findingId: finding.id });
    expect(closed.verifications.at(-1)?.verifierId).not.toBe(closed.submittedById);

    // The leader's overview counts one open finding less and one more closed task.
    const leader = await newPage(1280, 900);
    await signIn(leader, app.baseUrl, "leader");
    await leader.getByTestId("tile-open").waitFor();
    const after = await apiFor(leader, app.baseUrl).query<OverviewTiles>("overview.tiles");
    expect(after.openFindings).toBe(before.openFindings - 1);
    expect(after.closedTasks).toBe(before.closedTasks + 1);
    await expect.poll(() => tileNumber(leader, "tile-open")).toBe(after.openFindings);

    // The board's detail shows the whole trail, closed.
    await coordinator.goto(`${app.baseUrl}/board/tasks/${finding.id}?tab=closed`);
    await coordinator.locator("[data-testid=task-detail][data-status=closed]").waitFor();
    await coordinator.getByTestId("detail-history").getByText("待复查 → 已销号").waitFor();
    await shoot(coordinator, "task-detail-closed.png", ["已销号", "复查记录"]);
  }, 180_000);

  it("cancels a duplicate by picking the original from a search, one message per field", async () => {
    const coordinator = await newPage(1280, 900);
    await signIn(coordinator, app.baseUrl, "coordinator");
    const api = apiFor(coordinator, app.baseUrl);
    const copy = await newFindingOfUnit(api);
    const others = await api.query<{ items: { findingId: string; code: string }[] }>("tasks.list", {
      status: ["in_progress"],
      limit: 5,
    });
    const original = others.items.find((t) => t.findingId !== copy.id);
    if (!original) throw new Error("the demo city has no task in progress");
    await coordinator.goto(`${app.baseUrl}/tasks/${copy.id}`);
    await coordinator.locator("[data-testid=task-detail][data-status=new]").waitFor();
    await coordinator.getByTestId("action-cancel_duplicate").click();
    const dialog = coordinator.getByRole("dialog");
    // Sent empty: each field says what is missing once, and the dialog adds nothing more.
    await confirmTaskForm(coordinator);
    const items = dialog.locator(".ant-form-item");
    await items.first().locator(".ant-form-item-explain-error").first().waitFor();
    for (const item of await items.all()) {
      expect(await item.locator(".ant-form-item-explain-error").count()).toBe(1);
    }
    expect(await dialog.getByTestId("task-form-error").count()).toBe(0);
    await pickOriginal(coordinator, original.code);
    await dialog.getByLabel("原因").fill("同一问题重复上报");
    await confirmTaskForm(coordinator);
    // Either the detail turns cancelled or the dialog says why not; the test names which.
    const outcome = await Promise.race([
      coordinator
        .locator("[data-testid=task-detail][data-status=cancelled]")
        .waitFor()
        .then(() => "cancelled"),
      dialog
        .getByTestId("task-form-error")
        .waitFor()
        .then(async () => `refused: ${await dialog.getByTestId("task-form-error").innerText()}`),
    ]);
    expect(outcome).toBe("cancelled");
    const cancelled = await api.query<TaskDetail>("tasks.get", { findingId: copy.id });
    expect(cancelled.duplicateOfId).toBe(original.findingId);
  }, 90_000);
});
