// Two-step sign-in from the admin's side (issue 9, decision 0019): the account screen shows the
// QR code and the key once, a code from an authenticator confirms it, and the next sign-in asks
// for a code. The code is computed here from RFC 6238 with node:crypto, not by the server's
// library, as an authenticator app would.
import { createHmac } from "node:crypto";
import { DEMO_PASSWORD } from "@cw/db/testing";
import { describe, expect, it } from "vitest";
import { expectNoSeriousA11yViolations } from "../support/axe.ts";
import { browserOrSkip } from "../support/browser.ts";
import { useE2EApp } from "../support/e2e-app.ts";
import { shoot, signIn } from "../support/e2e-session.ts";

const chromium = browserOrSkip();

/** RFC 4648 base32 (the key authenticator apps are given) to bytes. */
function base32Bytes(text: string): Buffer {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of text.replace(/=+$/, "").toUpperCase()) {
    bits += alphabet.indexOf(c).toString(2).padStart(5, "0");
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8)
    bytes.push(Number.parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 TOTP: HMAC-SHA1 over the 30-second step, dynamically truncated to 6 digits. */
function totp(secret: string, at: number): string {
  const step = Buffer.alloc(8);
  step.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac("sha1", base32Bytes(secret)).update(step).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, "0");
}

describe.skipIf(chromium.skip)("two-step sign-in in headless Chromium", () => {
  const app = useE2EApp(chromium.path, "two-step");

  it("turns it on from the account screen's QR code, then asks for a code at sign-in", async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, app.baseUrl, "admin");
    await page.getByRole("link", { name: "账号安全" }).click();
    const card = page.getByTestId("two-step");
    await card.getByText("未开启", { exact: false }).waitFor();
    await card.getByRole("button", { name: "开启两步验证" }).click();
    const qr = card.getByRole("img", { name: "两步验证二维码" });
    await qr.waitFor();
    expect(await qr.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    const secret = (await page.getByTestId("totp-secret").innerText()).trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await expectNoSeriousA11yViolations(page);
    await shoot(page, "two-step-enrol.png", ["两步验证", secret]);

    // A wrong code is refused with the server's message; the right one turns it on.
    await card.getByLabel("6 位验证码").fill("000000");
    await card.getByRole("button", { name: "确认开启" }).click();
    await card.locator(".ant-alert-error").waitFor();
    await card.getByLabel("6 位验证码").fill(totp(secret, Date.now()));
    await card.getByRole("button", { name: "确认开启" }).click();
    await card.getByText("已开启", { exact: false }).waitFor();
    expect(await page.getByTestId("totp-secret").count()).toBe(0);

    // Signing in again: the password alone is not enough.
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.getByLabel("用户名").waitFor();
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    const code = page.getByLabel("身份验证器中的 6 位动态码");
    await code.waitFor();
    expect(await page.getByTestId("current-user").count()).toBe(0);
    // The next step's code: the one just used to confirm is spent (a code works once).
    await code.fill(totp(secret, Date.now() + 30_000));
    await page.getByRole("button", { name: "登录" }).click();
    await page.getByTestId("current-user").waitFor();
    await context.close();
  });
});
