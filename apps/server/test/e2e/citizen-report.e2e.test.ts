// 随手拍 end to end (issue 14, decision 0026), in headless Chromium against the real server and
// the demo city: a citizen on a 390 px phone opens a site's QR link, reports with a photo and
// gets a tracking code; the coordinator merges the report into the open finding at that site;
// the unit fixes it and the coordinator closes it; the citizen's status page shows the after
// photo, and "not fixed" puts the report back in the coordinator's queue.
import type { TaskDetail, TriageReport } from "@cw/domain";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { apiFor, shoot, signIn } from "../support/e2e-session.ts";
import { exifPhoto } from "../support/exif-photo.ts";

const chromium = browserOrSkip();

describe.skipIf(chromium.skip)("citizen reports, in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "citizen");

  async function newPage(width: number, height: number, mobile = false): Promise<Page> {
    const context = await app.browser.newContext({
      viewport: { width, height },
      isMobile: mobile,
      hasTouch: mobile,
      locale: "zh-CN",
    });
    return context.newPage();
  }

  it("a citizen reports from a site's QR link; merged, fixed, closed, shown with the after photo; not fixed reopens", async () => {
    // The coordinator logs an open finding at one of 市交通运输局's sites and dispatches it.
    const coordinator = await newPage(1280, 900);
    await signIn(coordinator, app.baseUrl, "coordinator");
    const api = apiFor(coordinator, app.baseUrl);
    const units = await api.query<{ id: string; code: string }[]>("units.list", {});
    const unit = units.find((u) => u.code === "U04");
    if (!unit) throw new Error("the demo city has no unit U04");
    const sites = await api.query<{ items: { id: string; name: string }[] }>("sites.list", {
      unitId: unit.id,
      active: true,
    });
    const site = sites.items[0];
    if (!site) throw new Error("unit U04 has no site");
    const created = await api.mutate<{ findingId: string; code: string }>("findings.create", {
      siteId: site.id,
      source: "routine_inspection",
      category: "public_environment",
      description: "站前广场垃圾堆放（端到端测试）",
    });
    await api.mutate("tasks.transition", {
      action: "dispatch",
      findingId: created.findingId,
      expectedVersion: 1,
      unitId: unit.id,
    });

    // The admin's printable sheet has the site's QR code; it opens /report with the site.
    const admin = await newPage(1280, 900);
    await signIn(admin, app.baseUrl, "admin");
    await admin.goto(`${app.baseUrl}/admin/site-qr`);
    await admin.getByPlaceholder("搜索点位").fill(site.name);
    await admin.getByPlaceholder("搜索点位").press("Enter");
    const qr = admin.getByTestId("qr-sheet").getByRole("img", { name: site.name, exact: true });
    await qr.waitFor();
    const qrLink = await qr.getAttribute("data-url");
    expect(qrLink).toBe(`${app.baseUrl}/report?site=${site.id}`);
    expect(await qr.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await shoot(admin, "citizen-site-qr.png", [site.name, "扫码随手拍"]);

    // The citizen scans it: /report with the site chosen, no sign-in.
    const citizen = await newPage(390, 844, true);
    await citizen.goto(qrLink as string);
    await citizen.getByTestId("report-form").waitFor();
    expect(await citizen.getByTestId("report-site").inputValue()).toBe(site.id);
    // Sent empty: the category and the description each say what is missing, on their own
    // field, and nothing is sent (the page checks with the API's schema, decision 0032).
    await citizen.getByTestId("report-submit").click();
    const category = citizen.getByRole("combobox", { name: "问题类别" });
    await expect.poll(() => category.getAttribute("aria-invalid")).toBe("true");
    expect(
      await citizen.getByRole("textbox", { name: "问题描述" }).getAttribute("aria-invalid"),
    ).toBe("true");
    expect(await citizen.getByRole("alert").allInnerTexts()).toEqual(["必填。", "必填。"]);
    expect(await citizen.getByTestId("report-sent").count()).toBe(0);
    await citizen.getByTestId("photo-input").setInputFiles({
      name: "IMG_0100.jpg",
      mimeType: "image/jpeg",
      buffer: await exifPhoto(2000, 1500),
    });
    await citizen.getByTestId("uploaded-photos").getByRole("img", { name: "照片 1" }).waitFor();
    // Where exactly, on the map: a tap east of the site's point puts the pin there; a tap on
    // the point itself puts the problem at the site.
    await citizen.getByTestId("report-map-open").click();
    const point = citizen.locator(`[data-testid=report-map-site][data-site="${site.id}"]`);
    const dot = await point.boundingBox();
    if (!dot) throw new Error("the site's point is not drawn");
    await citizen.mouse.click(dot.x + dot.width / 2 + 40, dot.y + dot.height / 2);
    expect(await citizen.getByTestId("report-position").innerText()).toBe("已在地图上选定位置");
    const pin = await citizen.getByTestId("report-map-pin").boundingBox();
    expect(Math.round((pin?.x ?? 0) + (pin?.width ?? 0) / 2 - (dot.x + dot.width / 2))).toBe(40);
    expect(
      Math.abs((pin?.y ?? 0) + (pin?.height ?? 0) / 2 - (dot.y + dot.height / 2)),
    ).toBeLessThan(1);
    await point.click();
    expect(await citizen.getByTestId("report-site").inputValue()).toBe(site.id);
    // The sites as the public page has them (it asks with no input: GET without one).
    const options = (await citizen.evaluate(() =>
      fetch("/trpc/citizenReports.formOptions").then((r) => r.json()),
    )) as {
      result: { data: { json: { sites: { id: string; latitude: number; longitude: number }[] } } };
    };
    const sitesOnPage = options.result.data.json.sites;
    const here = sitesOnPage.find((s) => s.id === site.id);
    if (!here) throw new Error("the site is not offered on the report page");
    await citizen.getByTestId("report-category").selectOption("public_environment");
    await citizen.getByTestId("report-description").fill("广场上垃圾成堆，好几天没人清");
    // Corrected, each field's message goes, as antd's forms do.
    await expect.poll(() => citizen.getByRole("alert").count()).toBe(0);
    await citizen.getByTestId("report-mobile").fill("13912345678");
    await shoot(citizen, "citizen-report-form.png", ["文明随手拍", site.name, "公共环境"]);
    await expectNoSeriousA11yViolations(citizen, "report form");
    await citizen.getByTestId("report-submit").click();
    const code = (await citizen.getByTestId("report-code").innerText()).trim();
    expect(code).toMatch(/^R[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // The page is no wider than the phone.
    expect(await citizen.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await shoot(citizen, "citizen-report-sent.png", ["已提交", code]);
    // The map's position came with the report: the site's own.
    const received = await api.query<{ items: TriageReport[] }>("triage.queue", {});
    const sent = received.items.find((r) => r.trackingCode === code);
    expect(sent?.latitude).toBeCloseTo(here.latitude, 6);
    expect(sent?.longitude).toBeCloseTo(here.longitude, 6);

    // The coordinator's triage: the report with its photo, the open finding at the site offered.
    await coordinator.goto(`${app.baseUrl}/triage`);
    const card = coordinator.locator(`[data-testid=triage-card][data-code="${code}"]`);
    await card.waitFor();
    await card.getByRole("img", { name: "举报照片 1" }).waitFor();
    expect(await card.innerText()).toContain("139****5678");
    expect(await coordinator.locator("body").innerText()).not.toContain("13912345678");
    const duplicate = card.locator("[data-testid=triage-nearby] li", { hasText: created.code });
    // The nearby findings are the card's own query, asked once the card is drawn.
    await duplicate.waitFor();
    await shoot(coordinator, "citizen-triage.png", [code, created.code, "合并到此问题"]);
    await expectNoSeriousA11yViolations(coordinator, "triage");
    await duplicate.getByTestId("triage-merge").click();
    await card.waitFor({ state: "detached" });

    // The unit claims and submits a fix with a photo; the coordinator closes it.
    const officer = await newPage(390, 844, true);
    await signIn(officer, app.baseUrl, "officer");
    const officerApi = apiFor(officer, app.baseUrl);
    const version = async () =>
      (await api.query<TaskDetail>("tasks.get", { findingId: created.findingId })).version;
    await officerApi.mutate("tasks.transition", {
      action: "claim",
      findingId: created.findingId,
      expectedVersion: await version(),
    });
    const cookie = (await officer.context().cookies()).find((c) => c.name === "cw_session");
    const upload = await fetch(`${app.baseUrl}/api/photos`, {
      method: "POST",
      headers: { cookie: `cw_session=${cookie?.value}`, "content-type": "image/jpeg" },
      body: new Uint8Array(await exifPhoto(800, 600)),
    });
    const afterPhoto = ((await upload.json()) as { id: string }).id;
    await officerApi.mutate("tasks.transition", {
      action: "submit",
      findingId: created.findingId,
      expectedVersion: await version(),
      note: "已清运并增设垃圾桶",
      photoIds: [afterPhoto],
    });
    await api.mutate("tasks.transition", {
      action: "close",
      findingId: created.findingId,
      expectedVersion: await version(),
      photoIds: [],
    });

    // The citizen's status page: closed, with the after photo, and 解决了吗?
    await citizen.goto(`${app.baseUrl}/report/status/${code}`);
    await citizen.locator("[data-testid=report-stage][data-stage=closed]").waitFor();
    const img = citizen
      .getByTestId("report-after-photos")
      .getByRole("img", { name: "整改后照片 1" });
    await img.waitFor();
    await expect
      .poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
    expect(await citizen.locator("body").innerText()).not.toContain("13912345678");
    await shoot(citizen, "citizen-status-closed.png", ["已整改完成", "解决了吗？"]);
    await expectNoSeriousA11yViolations(citizen, "report status");

    // Not fixed: with a note, back to the coordinator's queue.
    await citizen.getByTestId("report-not-fixed").click();
    await citizen.getByTestId("report-note").fill("垃圾又堆起来了");
    await citizen.getByTestId("report-send-not-fixed").click();
    await citizen.locator("[data-testid=report-stage][data-stage=received]").waitFor();
    // In English too, from the page's own switch.
    await citizen.getByTestId("language-switch").click();
    await citizen.getByText("Received, waiting for the staff").waitFor();
    await citizen.getByRole("heading", { name: "Report a problem" }).waitFor();
    const queue = await api.query<{ items: TriageReport[] }>("triage.queue", {
      status: "received",
      limit: 200,
    });
    expect(queue.items.find((r) => r.trackingCode === code)).toMatchObject({
      reopenNote: "垃圾又堆起来了",
      findingCode: created.code,
    });

    // The coordinator's screens count it: one "not fixed" for the unit (no share below 5), and
    // the overview's tile with the reports received and the median time to triage.
    await coordinator.goto(`${app.baseUrl}/triage`);
    const satisfaction = coordinator.getByTestId("triage-satisfaction");
    await satisfaction.getByText("市交通运输局").waitFor();
    expect(await satisfaction.innerText()).toContain("少于 5 条，不计算");
    await coordinator.goto(`${app.baseUrl}/overview`);
    // The score section, where the tile is, is drawn as it scrolls into view (issue 15).
    await coordinator.getByTestId("slot-projected-score").scrollIntoViewIfNeeded();
    const tile = coordinator.getByTestId("triage-metrics");
    await tile.getByText("分拣用时中位数").waitFor();
    await shoot(coordinator, "citizen-overview-tile.png", ["近 30 天群众举报", "分钟"]);
  }, 180_000);
});
