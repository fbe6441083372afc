// The board's search bar in Chromium (issues 10 and 12): a coordinator picks a unit, then one of
// that unit's officers as owner, then searches a code, and each time sees only that card set
// and its count. Expected cards are the demo city's (demo-findings.ts, worked by hand):
//   in progress: F0008 U05 officer2 · F0009 U09 · F0010 U06 · F0011 U01 · F0012 U10 ·
//                F0026 U04 officer · F0029 U09 · F0033 U08
//   rework:      F0015 U03 (returned) · F0016 U04 officer (partly fixed) · F0028 U05 officer2
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { shoot, signIn } from "../support/e2e-session.ts";

const chromium = browserOrSkip();
/** The demo city's tasks in progress, every unit (the header above). */
const IN_PROGRESS = ["F0008", "F0009", "F0010", "F0011", "F0012", "F0026", "F0029", "F0033"];

/** The codes of the board's rows once they settle on `expected` (or the last seen on timeout). */
async function boardCodes(page: Page, expected: string[]): Promise<string[]> {
  const read = async () =>
    (
      await page
        .locator("[data-testid=board-row]")
        .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-code") ?? ""))
    ).sort();
  await expect.poll(read, { timeout: 15_000 }).toEqual(expected);
  return read();
}

/** Picks `option` in the antd select labelled `name` by typing it. */
async function pick(page: Page, name: string, option: string): Promise<void> {
  // Typed, as a user would in a long list: antd's virtual list does not render far options.
  await page.getByRole("combobox", { name }).click();
  await page.getByRole("combobox", { name }).fill(option);
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option", { hasText: option })
    .first()
    .click();
}

const badge = (page: Page, tab: string) =>
  page.getByTestId(`board-tab-${tab}`).locator(".ant-badge sup").getAttribute("title");

describe.skipIf(chromium.skip)("the board's unit, owner and text filters in Chromium", () => {
  const app = useE2EApp(chromium.path, "board-filters");

  it("narrows the board to a unit, an owner and a code, with the counts following", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, "coordinator");
    await page.getByRole("link", { name: "整改调度", exact: true }).click();
    await page.getByTestId("board-tab-in_progress").click();
    await boardCodes(page, IN_PROGRESS);
    // No unit picked: no owner picker yet (the owners are a unit's officers).
    expect(await page.getByTestId("task-search-owner").count()).toBe(0);

    await pick(page, "按单位筛选", "市市场监督管理局");
    await boardCodes(page, ["F0008"]);
    await expect.poll(() => badge(page, "in_progress")).toBe("1");
    await expect.poll(() => badge(page, "rework")).toBe("1");
    await page.getByTestId("board-tab-rework").click();
    await boardCodes(page, ["F0028"]);

    await pick(page, "按单位筛选", "市交通运输局");
    await boardCodes(page, ["F0016"]);
    await pick(page, "按责任人筛选", "赵磊");
    await boardCodes(page, ["F0016"]);
    expect(page.url()).toContain("ownerId=");
    await page.getByTestId("board-tab-in_progress").click();
    await boardCodes(page, ["F0026"]);
    await shoot(page, "board-filters.png", ["整改调度", "市交通运输局", "赵磊", "F0026"]);
    await expectNoSeriousA11yViolations(page, "the board with its search bar");

    // Back to every unit (the owner goes with the unit), then a code typed into the search.
    await pick(page, "按单位筛选", "全部单位");
    await boardCodes(page, IN_PROGRESS);
    expect(page.url()).not.toContain("ownerId=");
    await page.getByRole("searchbox", { name: "搜索任务" }).fill("F0029");
    await page.getByRole("searchbox", { name: "搜索任务" }).press("Enter");
    await boardCodes(page, ["F0029"]);
    await expect.poll(() => badge(page, "rework")).toBe("0");

    // The link keeps the search: reloading shows the same card.
    await page.reload();
    await boardCodes(page, ["F0029"]);
    await context.close();
  }, 180_000);
});
