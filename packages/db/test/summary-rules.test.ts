// The summaries' SQL rules (migration overview_summaries) are a second translation of the
// domain's definitions; here every one is checked against the domain itself, case by case,
// so changing a rule in one place and not the other fails this test.
import {
  addCalendarDays,
  CLOSED_STATUS,
  daysOverdue,
  daysToClose,
  dueAtFor,
  FINDING_STATUSES,
  isClosedOnTime,
  isJudgedForOnTime,
  isOpenStatus,
  isOverdue,
  shanghaiDate,
} from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase, testEngines } from "../src/testing/index.ts";

const MS = 1;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe.each(testEngines())("the summaries' SQL rules equal the domain's on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(() => db?.destroy());
  const one = async (sql: string, values: unknown[]) => (await db.executeSql(sql, values)).rows[0];

  it("open and closed, for every status there is", async () => {
    for (const status of FINDING_STATUSES) {
      const row = await one(`SELECT summary_is_open($1) AS open, summary_is_closed($1) AS closed`, [
        status,
      ]);
      expect({ status, ...row }).toEqual({
        status,
        open: isOpenStatus(status) ? 1 : 0,
        closed: status === CLOSED_STATUS ? 1 : 0,
      });
    }
  });

  it("closed on time, and judged (closed with a deadline, or open and overdue)", async () => {
    const dueAt = dueAtFor("2026-03-10");
    const instants = [null, dueAt.getTime() - MS, dueAt.getTime(), dueAt.getTime() + MS];
    for (const status of FINDING_STATUSES) {
      for (const due of [null, dueAt]) {
        for (const closed of instants) {
          const closedAt = closed === null ? null : new Date(closed);
          const task = { status, dueAt: due, closedAt };
          for (const now of instants.slice(1).map((t) => new Date(t as number))) {
            const row = (await one(
              `SELECT summary_closed_on_time($1, $2, $3) AS on_time,
                      summary_closed_with_deadline($1, $2) AS closed_due,
                      summary_is_open($1) * (summary_overdue_from($2) <= summary_beijing_day($4))::int
                        AS overdue`,
              [status, due, closedAt, now],
            )) as { on_time: number; closed_due: number; overdue: number };
            const label = JSON.stringify({ status, due, closedAt, now });
            expect(row.on_time, label).toBe(isClosedOnTime(task) ? 1 : 0);
            expect(row.overdue, label).toBe(isOverdue(task, now) ? 1 : 0);
            expect(row.closed_due + row.overdue, label).toBe(isJudgedForOnTime(task, now) ? 1 : 0);
          }
        }
      }
    }
  });

  it("Beijing days, the day a deadline turns overdue, aging and hours to close", async () => {
    const instants = [
      "2026-03-09T15:59:59.999Z",
      "2026-03-09T16:00:00.000Z",
      "2026-12-31T16:00:00.000Z",
      "2026-06-30T23:59:59.999Z",
    ].map((s) => new Date(s));
    for (const at of instants) {
      const row = await one(`SELECT summary_beijing_day($1)::text AS day`, [at]);
      expect(row?.day, at.toISOString()).toBe(shanghaiDate(at));
    }
    for (const deadline of ["2026-03-10", "2026-12-31", "2028-02-28"]) {
      const dueAt = dueAtFor(deadline);
      const row = await one(`SELECT summary_overdue_from($1)::text AS day`, [dueAt]);
      expect(row?.day).toBe(addCalendarDays(deadline, 1));
      for (const after of [0, 1, HOUR * 23, DAY, DAY * 3 + HOUR * 5, DAY * 20]) {
        const now = new Date(dueAt.getTime() + after);
        const aging = await one(
          `SELECT (summary_beijing_day($2) - summary_overdue_from($1)) + 1 AS days`,
          [dueAt, now],
        );
        expect(aging?.days).toBe(daysOverdue(dueAt, now));
      }
    }
    // No deadline: never overdue.
    const never = await one(`SELECT summary_overdue_from(NULL)::text AS day`, []);
    expect(never?.day).toBe("9999-12-31");
    const foundAt = new Date("2026-03-01T02:00:00Z");
    for (const hours of [0, 0.5, 1, 25.99, 24 * 14 + 3]) {
      const closedAt = new Date(foundAt.getTime() + hours * HOUR);
      const row = await one(`SELECT summary_hours_to_close($1, $2) AS h`, [foundAt, closedAt]);
      expect(row?.h).toBe(Math.floor(daysToClose(foundAt, closedAt) * 24));
    }
  });
});
