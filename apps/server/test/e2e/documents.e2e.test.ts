// The documents of issue 13 from the screens, in headless Chromium: the coordinator exports
// the task list's current view to Excel and generates a 督查通报; both files are saved by the
// browser and read back (exceljs; the .docx unzipped), and the documents list shows them.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@cw/db/testing";
import { describe, expect, it } from "vitest";
import { browserOrSkip, screenshotDir } from "../support/browser.ts";
import { docxParagraphs, readWorkbook, sheetRows } from "../support/document-readers.ts";
import { useE2EApp } from "../support/e2e-app.ts";

const chromium = browserOrSkip();

describe.skipIf(chromium.skip)("documents from the screens in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "documents");

  it("exports the current task view to Excel and generates a supervision notice", async () => {
    // A browser in Chinese, as the office's are: files are written in the request's language.
    const page = await app.browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: "zh-CN",
    });
    await page.goto(app.baseUrl);
    await page.getByLabel("用户名").fill("coordinator");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    // A coordinator lands on their queues, the board.
    await page.waitForURL(/\/board/);

    // The open tasks: the list's total and the workbook's rows agree.
    await page.goto(`${app.baseUrl}/tasks?open=true`);
    const total = Number((await page.getByTestId("task-total").innerText()).replace(/[^0-9]/g, ""));
    expect(total).toBeGreaterThan(0);
    await page.getByTestId("task-export").getByRole("button").first().hover();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "整改清单" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^整改清单-\d{8}\.xlsx$/);
    const sheet = (await readWorkbook(await readFile((await download.path()) as string)))
      .worksheets[0];
    expect(sheet?.name).toBe("整改清单");
    expect(sheet ? sheetRows(sheet).length - 1 : 0).toBe(total);

    await page.goto(`${app.baseUrl}/documents`);
    await page.getByLabel("文号").fill("华创文办〔2026〕9号");
    const [notice] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "生成并下载 .docx" }).click(),
    ]);
    expect(notice.suggestedFilename()).toMatch(/\.docx$/);
    const paragraphs = await docxParagraphs(await readFile((await notice.path()) as string));
    expect(paragraphs.slice(1, 3)).toEqual(["华创文办〔2026〕9号", "关于创文问题整改情况的通报"]);
    // The documents list, as anyone opening the screen sees it.
    await page.reload();
    await page.locator(".ant-table-tbody").getByText("关于创文问题整改情况的通报").waitFor();
    const listed = await page.locator(".ant-table-tbody tr").allInnerTexts();
    expect(listed.join("\n")).toContain("整改清单-");
    expect(listed.join("\n")).toContain("文明办 张敏");
    await page.screenshot({ path: join(await screenshotDir(), "documents.png"), fullPage: true });
    await page.close();
  }, 120_000);
  it("shows a leader the unit evaluation with its formula, and exports it to Excel", async () => {
    const page = await app.browser.newPage({
      viewport: { width: 1280, height: 900 },
      locale: "zh-CN",
    });
    await page.goto(app.baseUrl);
    await page.getByLabel("用户名").fill("leader");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/overview/);
    await page.goto(`${app.baseUrl}/documents`);
    const card = page.locator(".ant-card").filter({ hasText: "责任单位结果考评" });
    const formula = card.getByRole("complementary", { name: "计分公式" });
    await formula.waitFor();
    expect(await formula.innerText()).toContain("按期整改率 × 40");
    expect(await formula.innerText()).toContain("交办问题少于 5 个的单位列出但不排名");
    const rows = card.locator(".ant-table-tbody tr.ant-table-row");
    await rows.first().waitFor();
    const shown = await rows.allInnerTexts();
    expect(shown.length).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "导出 Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^责任单位结果考评-\d{8}\.xlsx$/);
    const sheet = (await readWorkbook(await readFile((await download.path()) as string)))
      .worksheets[0];
    const sheetUnits = sheet ? sheetRows(sheet).slice(7) : [];
    // The workbook's units are the screen's, in the same order.
    expect(sheetUnits.map((r) => r[1])).toEqual(shown.map((r) => r.split("\t")[1]));
    await page.screenshot({ path: join(await screenshotDir(), "evaluation.png"), fullPage: true });
    await page.close();
  }, 120_000);
});
