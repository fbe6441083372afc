import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DEMO_PASSWORD } from "@cw/db/testing";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip, launchChromium, screenshotDir } from "../support/browser.ts";
import { freePort, type ServerProcess, startServerProcess } from "../support/server-process.ts";

const chromium = browserOrSkip();

/** A small workbook as an admin would fill it: one new site, by names and codes. */
async function sitesWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("点位");
  sheet.addRow([
    "编号",
    "名称",
    "点位类型",
    "地址",
    "纬度",
    "经度",
    "责任单位",
    "网格",
    "重点点位",
  ]);
  sheet.addRow([
    "A-E2E-01",
    "西岳庙前广场",
    "公共广场",
    "岳庙街道西岳庙前",
    34.5721,
    110.1093,
    "U09",
    "",
    "是",
  ]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.skipIf(chromium.skip)("admin screens in headless Chromium", { timeout: 60_000 }, () => {
  let server: ServerProcess;
  let browser: Browser;
  let baseUrl: string;
  let dataDir: string;
  let page: Page;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "cw-e2e-admin-"));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = startServerProcess({ PORT: String(port), DATA_DIR: dataDir });
    await server.ready();
    browser = await launchChromium(chromium.path as string);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(baseUrl);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByRole("tab", { name: "用户" }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** Opens a tab by its name, waits for `ready`, checks texts and accessibility, screenshots. */
  async function checkTab(tab: string, file: string, texts: string[]) {
    await page.getByRole("tab", { name: tab, exact: true }).click();
    await page
      .locator(".ant-tabs-tabpane-active [role=status]")
      .first()
      .waitFor({ state: "detached" })
      .catch(() => {});
    for (const text of texts) await page.getByText(text, { exact: false }).first().waitFor();
    const body = await page.locator("main").innerText();
    for (const text of texts) expect(body, `${tab} shows ${text}`).toContain(text);
    await page.screenshot({
      path: join(await screenshotDir(), `admin-${file}.png`),
      fullPage: true,
    });
    await expectNoSeriousA11yViolations(page, `admin ${file}`);
  }

  it("creates a user", async () => {
    await checkTab("用户", "users", ["新建用户", "admin", "系统管理员"]);
    await page.getByRole("button", { name: "新建用户" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("用户名").fill("e2e_inspector");
    await dialog.getByLabel("姓名").fill("测试督查员");
    await dialog.getByLabel("初始密码").fill("Strong#2026x");
    await dialog.getByRole("button", { name: "保存" }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("cell", { name: "e2e_inspector" }).first().waitFor();
    // The demo city's accounts are tagged as demo; the one an admin just created is not (issue 9).
    const row = (text: string) => page.getByRole("row").filter({ hasText: text });
    expect(await row("系统管理员").getByTestId("demo-account").innerText()).toBe("演示账号");
    expect(await row("e2e_inspector").getByTestId("demo-account").count()).toBe(0);
  });

  it("shows the units tree with heads and liaisons", async () => {
    await checkTab("责任单位", "units", ["市交通运输局", "负责人", "联络员", "新建责任单位"]);
  });

  it("imports a sites workbook and lists the new site", async () => {
    await checkTab("点位", "sites", ["S01", "从 Excel 导入"]);
    await page.getByRole("button", { name: "从 Excel 导入" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.locator("input[type=file]").setInputFiles({
      name: "点位.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await sitesWorkbook(),
    });
    await dialog.getByText("导入完成：新增 1 个点位，更新 0 个。").waitFor();
    await page.screenshot({ path: join(await screenshotDir(), "admin-sites-import.png") });
    await dialog.locator(".ant-modal-footer").getByRole("button", { name: "关闭" }).click();
    await page.getByRole("cell", { name: "西岳庙前广场" }).first().waitFor();
    expect(await page.locator("main").innerText()).toContain("A-E2E-01");
  });

  it("shows the site types", async () => {
    await checkTab("点位类型", "site-types", ["公共广场", "新建点位类型"]);
  });

  it("creates a grid, renames it and assigns the imported site to it", async () => {
    // The demo city has no grids yet: the tab starts empty.
    await checkTab("网格", "grids", ["新建网格"]);
    await page.getByRole("button", { name: "新建网格" }).click();
    let dialog = page.getByRole("dialog");
    await dialog.getByLabel("编码").fill("G-E2E");
    await dialog.getByLabel("网格名称").fill("岳庙临时网格");
    await dialog.getByRole("button", { name: "保存" }).click();
    await dialog.waitFor({ state: "detached" });
    const row = page.getByRole("row").filter({ hasText: "G-E2E" });
    await page.getByRole("columnheader", { name: "在用点位" }).waitFor();
    await row.getByRole("button", { name: /编辑/ }).click();
    dialog = page.getByRole("dialog");
    await dialog.getByLabel("网格名称").fill("岳庙一网格");
    await dialog.getByRole("button", { name: "保存" }).click();
    await dialog.waitFor({ state: "detached" });
    await row.getByText("岳庙一网格").waitFor();
    await row.getByTestId("grid-assign").click();
    dialog = page.getByRole("dialog");
    await dialog.getByRole("combobox").fill("西岳庙前");
    await page.locator(".ant-select-item-option", { hasText: "西岳庙前广场" }).click();
    // A multiple select stays open after a pick: close it before saving.
    await dialog.getByText("按名称、编号或地址搜索点位").click();
    await dialog.getByText("西岳庙前广场").waitFor();
    await dialog.getByTestId("grid-sites-save").click();
    await dialog.waitFor({ state: "detached" });
    await row.getByRole("cell", { name: "1", exact: true }).waitFor();
    await page.screenshot({ path: join(await screenshotDir(), "admin-grids-assigned.png") });
  });

  it("changes a category's default deadline", async () => {
    await checkTab("问题类别", "categories", ["默认整改期限", "个工作日"]);
    const row = page.locator(".ant-table-tbody tr.ant-table-row").first();
    await row.getByRole("button", { name: /编辑/ }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("默认整改期限").fill("17");
    await dialog.getByRole("button", { name: "保存" }).click();
    await dialog.waitFor({ state: "detached" });
    await row.getByText("17 个工作日").waitFor();
  });

  it("adds a city holiday", async () => {
    await checkTab("节假日", "calendar", ["年份", "添加"]);
    const year = await page.getByLabel("年份").inputValue();
    const form = page.locator("form#calendar-day");
    await form.getByLabel("说明").fill("华阴市城市纪念日");
    // Enter in the date field takes the typed date and submits the form, as a keyboard user would.
    await form.getByLabel("日期").fill(`${year}-09-09`);
    await form.getByLabel("日期").press("Enter");
    await page.getByRole("cell", { name: "华阴市城市纪念日" }).first().waitFor();
    await page.screenshot({
      path: join(await screenshotDir(), "admin-calendar-added.png"),
      fullPage: true,
    });
  });

  it("shows the scoring weights and the campaign settings", async () => {
    await checkTab("评分权重", "scoring", ["实地考察", "三年权重", "申报门槛分", "目标分"]);
    await checkTab("系统设置", "settings", [
      "临期提醒",
      "未认领提醒",
      "照片大小上限",
      "参与排名的最少任务数",
    ]);
  });
});
