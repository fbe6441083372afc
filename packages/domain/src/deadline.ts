import { DomainError } from "./errors.ts";
import { type CalendarDate, shanghaiDate } from "./shanghai-time.ts";
import { addWorkingDays, type WorkingCalendar } from "./working-calendar.ts";

/**
 * A rectification deadline set at dispatch: the category's default number of working days
 * after today (Beijing time), counted on the official calendar with the city's own days.
 */
export function defaultDeadline(
  now: Date,
  workingDays: number,
  calendar: WorkingCalendar,
): CalendarDate {
  return addWorkingDays(calendar, shanghaiDate(now), workingDays);
}

/** A deadline chosen by hand may be today at the earliest. */
export function assertDeadlineNotPast(deadline: CalendarDate, now: Date): void {
  if (deadline < shanghaiDate(now)) {
    throw new DomainError(
      "bad_request",
      "workflow.deadline_in_past",
      {},
      {
        deadline: "workflow.deadline_in_past",
      },
    );
  }
}
