import { describe, expect, it } from "vitest";
import { dueAtFor, isOverdue } from "../src/overdue.ts";
import { shanghaiDate } from "../src/shanghai-time.ts";

describe("overdue (Asia/Shanghai deadline boundary)", () => {
  const dueAt = dueAtFor("2026-03-10");

  it("falls due at 00:00 Beijing time the day after the deadline", () => {
    expect(dueAt.toISOString()).toBe("2026-03-10T16:00:00.000Z");
  });

  it("is not overdue at 23:59:59.999 on the deadline day", () => {
    const lastMoment = new Date("2026-03-10T15:59:59.999Z");
    expect(shanghaiDate(lastMoment)).toBe("2026-03-10");
    expect(isOverdue({ status: "in_progress", dueAt }, lastMoment)).toBe(false);
  });

  it("is overdue from the first instant of the next day", () => {
    const firstMoment = new Date("2026-03-10T16:00:00.000Z");
    expect(shanghaiDate(firstMoment)).toBe("2026-03-11");
    expect(isOverdue({ status: "in_progress", dueAt }, firstMoment)).toBe(true);
  });

  it("never counts closed, cancelled or undated findings", () => {
    const later = new Date("2026-04-01T00:00:00Z");
    expect(isOverdue({ status: "closed", dueAt }, later)).toBe(false);
    expect(isOverdue({ status: "cancelled", dueAt }, later)).toBe(false);
    expect(isOverdue({ status: "new", dueAt: null }, later)).toBe(false);
  });
});
