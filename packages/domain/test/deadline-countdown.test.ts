import { describe, expect, it } from "vitest";
import { type DeadlineCountdown, deadlineCountdown } from "../src/deadline-countdown.ts";
import { dueAtFor } from "../src/overdue.ts";
import { workingCalendar } from "../src/working-calendar.ts";

const calendar = workingCalendar();
/** Noon in Beijing on a date. */
const beijingNoon = (date: string) => new Date(`${date}T04:00:00Z`);
const countdown = (deadline: string, today: string, status = "in_progress" as const) =>
  deadlineCountdown({ status, deadline, dueAt: dueAtFor(deadline) }, beijingNoon(today), calendar);

describe("what a card says of the deadline", () => {
  // The 2026 National Day holiday is 1–7 October; Sunday 20 September and Saturday 10 October
  // are worked instead (调休), as the official calendar sets them.
  it.each<[string, string, string, DeadlineCountdown]>([
    [
      "across the holiday",
      "2026-10-10",
      "2026-09-30",
      { kind: "left", count: 3, unit: "working_days" },
    ],
    [
      "on the make-up Saturday itself",
      "2026-10-10",
      "2026-10-10",
      { kind: "due_today", count: 0, unit: "days" },
    ],
    [
      "the make-up Saturday after a Friday deadline",
      "2026-10-09",
      "2026-10-10",
      { kind: "overdue", count: 1, unit: "working_days" },
    ],
    [
      "a week of holiday after the deadline",
      "2026-09-30",
      "2026-10-08",
      { kind: "overdue", count: 1, unit: "working_days" },
    ],
    [
      "the Saturday after a Friday deadline",
      "2026-11-06",
      "2026-11-07",
      { kind: "overdue", count: 1, unit: "days" },
    ],
    [
      "the Monday after a Friday deadline",
      "2026-11-06",
      "2026-11-09",
      { kind: "overdue", count: 1, unit: "working_days" },
    ],
    [
      "two working weeks late",
      "2026-11-06",
      "2026-11-20",
      { kind: "overdue", count: 10, unit: "working_days" },
    ],
    [
      "a Sunday deadline seen on Saturday",
      "2026-11-08",
      "2026-11-07",
      { kind: "left", count: 1, unit: "days" },
    ],
    [
      "next Friday from a Monday",
      "2026-11-13",
      "2026-11-09",
      { kind: "left", count: 4, unit: "working_days" },
    ],
  ])("%s: deadline %s, today %s", (_, deadline, today, expected) => {
    expect(countdown(deadline, today)).toEqual(expected);
  });

  it("says nothing of a closed task or one without a deadline", () => {
    expect(countdown("2026-11-06", "2026-11-20", "closed" as "in_progress")).toBeNull();
    expect(
      deadlineCountdown(
        { status: "assigned", deadline: null, dueAt: null },
        beijingNoon("2026-11-20"),
        calendar,
      ),
    ).toBeNull();
  });

  it("turns at midnight in Beijing, not in UTC", () => {
    // 23:30 Beijing on the deadline day is still the deadline day; 00:10 the next is overdue.
    const task = {
      status: "assigned" as const,
      deadline: "2026-11-09",
      dueAt: dueAtFor("2026-11-09"),
    };
    expect(deadlineCountdown(task, new Date("2026-11-09T15:30:00Z"), calendar)?.kind).toBe(
      "due_today",
    );
    expect(deadlineCountdown(task, new Date("2026-11-09T16:10:00Z"), calendar)).toEqual({
      kind: "overdue",
      count: 1,
      unit: "working_days",
    });
  });
});
