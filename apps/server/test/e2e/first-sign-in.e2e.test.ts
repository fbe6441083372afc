// On a server database the demo accounts' known password must be replaced at first sign-in
// (issue 9): the browser meets the change-password screen before anything else, and the new
// password is the one that works afterwards.
import { createTestDatabase, DEMO_PASSWORD, type TestDatabase } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { shoot } from "../support/e2e-session.ts";

const chromium = browserOrSkip();
const NEW_PASSWORD = "Qingshui-Bridge#2027";

describe.skipIf(chromium.skip || !process.env.TEST_DATABASE_URL)(
  "first sign-in of a demo account on a PostgreSQL server, in headless Chromium",
  () => {
    const env: Record<string, string> = { DEMO_DATA: "on" };
    let db: TestDatabase;
    // Before the server starts (and dropped after it stops: after-hooks run in reverse).
    beforeAll(async () => {
      db = await createTestDatabase("postgres");
      env.DATABASE_URL = db.url as string;
    });
    afterAll(() => db?.destroy());
    const app = useE2EApp(chromium.path, "first-sign-in", env);

    it("asks for a password of one's own before the first screen, then signs in with it", async () => {
      const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
      const page = await context.newPage();
      const signInWith = async (password: string) => {
        await page.goto(app.baseUrl);
        await page.getByLabel("用户名").fill("coordinator");
        await page.getByLabel("密码").fill(password);
        await page.getByRole("button", { name: "登录" }).click();
      };
      await signInWith(DEMO_PASSWORD);
      await page.getByRole("heading", { name: "请设置您自己的密码" }).waitFor({ timeout: 10_000 });
      await expectNoSeriousA11yViolations(page, "the change-password screen");
      await shoot(page, "first-sign-in.png", ["请设置您自己的密码", "修改密码"]);

      // A weak new password is refused with the policy's words; nothing changes.
      await page.getByLabel("当前密码").fill(DEMO_PASSWORD);
      await page.getByLabel("新密码", { exact: true }).fill("12345678");
      await page.getByLabel("再次输入新密码").fill("12345678");
      await page.getByRole("button", { name: "修改密码" }).click();
      await page
        .locator(".ant-form-item-explain-error, .ant-alert-error")
        .first()
        .waitFor({ timeout: 10_000 });
      expect(await page.getByTestId("current-user").count()).toBe(0);

      await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
      await page.getByLabel("再次输入新密码").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "修改密码" }).click();
      await page.getByTestId("current-user").waitFor({ timeout: 10_000 });

      // The known demo password no longer opens the account; the new one does.
      await context.clearCookies();
      await signInWith(DEMO_PASSWORD);
      // In Chinese, as the screen is, though Chromium asks for English (Accept-Language).
      await page.getByText("用户名或密码不正确", { exact: false }).waitFor({ timeout: 10_000 });
      await signInWith(NEW_PASSWORD);
      await page.getByTestId("current-user").waitFor({ timeout: 10_000 });
      await context.close();
    });
  },
);
