import { readTaskSearchParams, taskSearchQuery } from "@cw/domain";
import { describe, expect, it } from "vitest";
import { drillHref } from "../src/overview/drill-down.ts";
import { taskListHref } from "../src/tasks/task-list-href.ts";

const U1 = "11111111-1111-4111-8111-111111111111";
const U2 = "22222222-2222-4222-8222-222222222222";
const G1 = "33333333-3333-4333-8333-333333333333";
const T1 = "44444444-4444-4444-8444-444444444444";

describe("drillHref: the task list behind an overview bar", () => {
  it("carries the period as the days found and the scope filters, then the bar's own", () => {
    const filters = { from: "2026-09-01", to: "2026-09-30", unitId: U1, siteTypeId: T1 };
    expect(drillHref(filters, { open: true })).toBe(
      `/tasks?foundFrom=2026-09-01&foundTo=2026-09-30&unitId=${U1}&siteTypeId=${T1}&open=true`,
    );
  });

  it("lets a week's bar narrow the period to its own days", () => {
    const filters = { from: "2026-09-01", to: "2026-09-30", unitId: U1 };
    expect(drillHref(filters, { foundFrom: "2026-09-07", foundTo: "2026-09-13" })).toBe(
      `/tasks?foundFrom=2026-09-07&foundTo=2026-09-13&unitId=${U1}`,
    );
  });

  it("leaves the found period out for counts that go by another date (closures)", () => {
    const filters = { from: "2026-09-01", to: "2026-09-30", siteTypeId: T1 };
    expect(
      drillHref(
        filters,
        { status: ["closed"], closedFrom: "2026-09-07", closedTo: "2026-09-13" },
        { period: false },
      ),
    ).toBe(`/tasks?siteTypeId=${T1}&status=closed&closedFrom=2026-09-07&closedTo=2026-09-13`);
  });

  it("lets a unit's bar replace the unit filter, and keeps the grid", () => {
    expect(drillHref({ unitId: U1, gridId: G1 }, { unitId: U2, timing: "overdue" })).toBe(
      `/tasks?unitId=${U2}&gridId=${G1}&timing=overdue`,
    );
  });

  it("writes lists as a,b, drops false flags, encodes text, and is bare with no filters", () => {
    expect(drillHref({}, {})).toBe("/tasks");
    expect(drillHref({}, { open: false })).toBe("/tasks");
    expect(drillHref({}, { status: ["assigned", "in_progress"] })).toBe(
      "/tasks?status=assigned%2Cin_progress",
    );
    expect(drillHref({ to: "2026-09-30" }, { text: "垃圾 桶" })).toBe(
      "/tasks?foundTo=2026-09-30&text=%E5%9E%83%E5%9C%BE+%E6%A1%B6",
    );
  });

  it("opens an aging bucket by its deadline dates, with or without a lower bound", () => {
    expect(
      drillHref({}, { timing: "overdue", deadlineFrom: "2026-09-01", deadlineTo: "2026-09-07" }),
    ).toBe("/tasks?timing=overdue&deadlineFrom=2026-09-01&deadlineTo=2026-09-07");
    expect(drillHref({}, { timing: "overdue", deadlineTo: "2026-08-01" })).toBe(
      "/tasks?timing=overdue&deadlineTo=2026-08-01",
    );
  });

  it("writes what the domain's search reads, as its taskSearchQuery would (order aside)", () => {
    const filters = {
      text: "垃圾 桶",
      status: ["assigned", "in_progress"] as ("assigned" | "in_progress")[],
      unitId: U1,
      open: true,
      mine: false,
      timing: "escalated" as const,
      deadlineTo: "2026-10-09",
    };
    const href = taskListHref(filters, "due_asc");
    const read = readTaskSearchParams(new URLSearchParams(href.slice("/tasks?".length)));
    expect(read).toEqual({
      filters: {
        unitId: U1,
        status: ["assigned", "in_progress"],
        open: true,
        timing: "escalated",
        deadlineTo: "2026-10-09",
        text: "垃圾 桶",
      },
      sort: "due_asc",
      refused: [],
    });
    expect(taskSearchQuery(read.filters, read.sort)).toBe(
      `unitId=${U1}&status=assigned%2Cin_progress&open=true&timing=escalated&deadlineTo=2026-10-09&text=%E5%9E%83%E5%9C%BE+%E6%A1%B6&sort=due_asc`,
    );
  });
});
