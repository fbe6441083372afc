// The unit officer's photo picker on a 390 px phone (issue 12, decision 0024), in headless
// Chromium against the real server and the demo city: submitting a fix asks for a photo
// (marked required, as actionNeeds says), offers the camera and the album, and a 3200 × 2400
// photo from the album reaches the server as 1600 × 1200 with its EXIF time and GPS intact.
// The demo's officer (unit U04) owns F0026, in progress (demo-findings.ts).
import { describe, expect, it } from "vitest";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { shoot, signIn } from "../support/e2e-session.ts";
import { exifPhoto, readPhotoTags } from "../support/exif-photo.ts";

const chromium = browserOrSkip();

describe.skipIf(chromium.skip)("the unit officer's photo picker in Chromium", () => {
  const app = useE2EApp(chromium.path, "officer-photos");

  it("marks the fix's photo required and uploads a resized copy with its EXIF", async () => {
    const context = await app.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: "zh-CN",
    });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, "officer");
    const card = page.locator("[data-testid=unit-task][data-code=F0026]");
    await card.getByTestId("unit-open-task").click();
    await page.getByTestId("action-submit").click();

    // Required: the label's mark and the hint, before any photo is chosen.
    const item = page.locator(".ant-form-item", { has: page.getByTestId("photo-picker") });
    await expect.poll(() => item.locator("label.ant-form-item-required").count()).toBe(1);
    await page.getByText("须附至少一张照片").waitFor();
    const camera = page.getByTestId("photo-camera");
    expect(await camera.getAttribute("capture")).toBe("environment");
    expect(await camera.getAttribute("accept")).toBe("image/*");
    const album = page.getByTestId("photo-input");
    expect(await album.getAttribute("capture")).toBeNull();
    expect(await album.getAttribute("multiple")).not.toBeNull();
    await shoot(page, "officer-photo-required.png", [
      "照片",
      "拍照",
      "从相册选择",
      "须附至少一张照片",
    ]);

    const original = await exifPhoto(3200, 2400);
    await album.setInputFiles({ name: "IMG_0001.jpg", mimeType: "image/jpeg", buffer: original });
    const thumb = page.getByTestId("uploaded-photos").getByRole("img", { name: "照片 1" });
    await thumb.waitFor({ timeout: 60_000 });
    expect(await page.getByText("须附至少一张照片").count()).toBe(0);
    await shoot(page, "officer-photo-chosen.png", ["拍照", "从相册选择"]);

    // What the server stored: the resized copy, with the camera's time and place.
    const src = (await thumb.getAttribute("src")) ?? "";
    const id = /^\/api\/photos\/([^/]+)\/thumbnail$/.exec(src)?.[1];
    expect(id, src).toBeTruthy();
    const session = (await context.cookies()).find((c) => c.name === "cw_session");
    const stored = await fetch(`${app.baseUrl}/api/photos/${id}`, {
      headers: { cookie: `cw_session=${session?.value}` },
    });
    expect(stored.status).toBe(200);
    const bytes = Buffer.from(await stored.arrayBuffer());
    const { default: sharp } = await import("sharp");
    const meta = await sharp(bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1600, 1200]);
    expect(bytes.length).toBeLessThan(original.length);
    const [before, after] = await Promise.all([readPhotoTags(original), readPhotoTags(bytes)]);
    expect(after?.DateTimeOriginal).toBe("2026:11:20 09:41:07");
    expect(after?.latitude).toBe(before?.latitude);
    expect(after?.longitude).toBe(before?.longitude);

    // Removed again, the hint is back.
    await page.getByRole("button", { name: "删除照片 1" }).click();
    await page.getByText("须附至少一张照片").waitFor();
    await context.close();
  }, 180_000);
});
