import { describe, expect, it } from "vitest";
import { splitFormError } from "../src/lib/form-errors.ts";

// Errors as the server's formatter sends them (apps/server/src/trpc.ts): a message in the
// user's language and per-field messages.
const refusal = (message: string, fields: Record<string, string>) => ({
  message,
  data: { code: "BAD_REQUEST", fields },
});

describe("splitFormError: each message once", () => {
  it("keeps a refusal that names a field on that field only, not also in the alert", () => {
    const error = refusal("请填写原因。", { reason: "请填写原因。" });
    expect(splitFormError(error, new Set(["reason", "duplicateOfId"]))).toEqual({
      fields: [{ name: ["reason"], errors: ["请填写原因。"] }],
      alert: null,
    });
  });

  it("puts the general line and the fields it cannot place in the alert, once each", () => {
    const error = refusal("输入有误。", {
      "contacts.0.mobile": "手机号格式不正确。",
      code: "编号已存在。",
      other: "编号已存在。",
    });
    expect(splitFormError(error, new Set(["contacts", "name"]))).toEqual({
      fields: [{ name: ["contacts", 0, "mobile"], errors: ["手机号格式不正确。"] }],
      alert: "输入有误。 编号已存在。",
    });
  });

  it("shows a plain failure as it is", () => {
    expect(splitFormError(new Error("Failed to fetch"), new Set(["reason"]))).toEqual({
      fields: [],
      alert: "Failed to fetch",
    });
  });
});
