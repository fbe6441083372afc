// The default overview's numbers read from the summary tables (decision 0012), next to the
// recount from the task rows: the reads the overview queries switch to next, timed here, and
// checked to give the same numbers.
import type { Database } from "@cw/db";
import { AGING_BUCKETS, chartWeeks, shanghaiDate } from "@cw/domain";
import { type LeanOverview, leanOverviewRecount } from "./lean-sql.ts";
import { interleaved, type Stats } from "./load.ts";

const n = (v: unknown) => Number(v ?? 0);
type Row = Record<string, unknown>;

/** Every chart of the default overview from the summaries, one statement per chart. */
export async function overviewFromSummaries(db: Database, now: Date): Promise<LeanOverview> {
  const sql = (text: string, values: unknown[] = []): Promise<{ rows: Row[] }> =>
    db.executeSql(text, values);
  const today = shanghaiDate(now);
  const firstWeek = chartWeeks({}, now)[0]?.from ?? today;
  // Day d of being overdue ⟺ overdueFrom = today − d + 1; the highest bucket first.
  const aging = [...AGING_BUCKETS]
    .reverse()
    .map((b) => `WHEN $1::date - "overdueFrom" + 1 >= ${b.minDays} THEN '${b.key}'`)
    .join(" ");
  const [found, open, opened, closed, agingRows, units, byType, byCategory, sites] = [
    await sql(`SELECT sum(open) AS open, sum(closed) AS closed, sum("closedOnTime") AS on_time,
                      sum("closedWithDeadline") AS closed_due FROM summary_task_found`),
    await sql(
      `SELECT sum(open) FILTER (WHERE "overdueFrom" <= $1::date) AS overdue FROM summary_task_open`,
      [today],
    ),
    await sql(
      `SELECT date_trunc('week', "foundDay") AS week, sum(tasks) AS n FROM summary_task_found
        WHERE "foundDay" >= $1::date GROUP BY 1`,
      [firstWeek],
    ),
    await sql(
      `SELECT date_trunc('week', "closedDay") AS week, sum(closed) AS n FROM summary_task_closed
        WHERE "closedDay" >= $1::date GROUP BY 1`,
      [firstWeek],
    ),
    await sql(
      `SELECT CASE ${aging} END AS bucket, sum(open) AS n FROM summary_task_open
        WHERE "overdueFrom" <= $1::date GROUP BY 1`,
      [today],
    ),
    await sql(
      `SELECT u.id, u.name, f.tasks, f.closed_due, f.on_time, coalesce(o.overdue, 0) AS overdue
         FROM responsible_unit u
         JOIN (SELECT "unitId", sum(tasks) AS tasks, sum("closedWithDeadline") AS closed_due,
                      sum("closedOnTime") AS on_time FROM summary_task_found GROUP BY 1) f
           ON f."unitId" = u.id
         LEFT JOIN (SELECT "unitId", sum(open) AS overdue FROM summary_task_open
                     WHERE "overdueFrom" <= $1::date GROUP BY 1) o ON o."unitId" = u.id`,
      [today],
    ),
    await sql(
      `SELECT s."siteTypeId", sum(o.open) AS open,
              sum(o.open) FILTER (WHERE o."overdueFrom" <= $1::date) AS overdue
         FROM summary_task_open o JOIN site s ON s.id = o."siteId" GROUP BY 1`,
      [today],
    ),
    await sql(
      `SELECT category, sum(open) AS open,
              sum(open) FILTER (WHERE "overdueFrom" <= $1::date) AS overdue
         FROM summary_task_open GROUP BY 1`,
      [today],
    ),
    await sql(`SELECT count(*) AS n FROM site`),
  ];
  const f = found.rows[0] ?? {};
  const overdue = n(open.rows[0]?.overdue);
  const sum = (rows: Record<string, unknown>[]) => rows.reduce((a, r) => a + n(r.n), 0);
  return {
    open: n(f.open),
    overdue,
    closed: n(f.closed),
    closedOnTime: n(f.on_time),
    judged: n(f.closed_due) + overdue,
    sites: n(sites.rows[0]?.n),
    opened: sum(opened.rows),
    closedInWeeks: sum(closed.rows),
    aging: sum(agingRows.rows),
    units: units.rows.length,
    siteTypes: byType.rows.filter((r: Row) => n(r.open) > 0).length,
    categories: byCategory.rows.filter((r: Row) => n(r.open) > 0).length,
  };
}

/** Times both ways of getting the numbers, alternately, after checking they agree. */
export async function summaryReadRows(
  db: Database,
  log: (line: string) => void,
  rounds = 10,
): Promise<{ what: string; stats: Stats }[]> {
  const now = new Date();
  const recount = () => leanOverviewRecount(db.executeSql, now);
  const fromSummaries = () => overviewFromSummaries(db, now);
  const [a, b] = [await recount(), await fromSummaries()];
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    throw new Error(`summaries ${JSON.stringify(b)} ≠ recount ${JSON.stringify(a)}`);
  }
  const [slow, fast] = await interleaved(recount, fromSummaries, rounds);
  log(
    `overview numbers: recount p50 ${slow.p50.toFixed(1)} ms, summaries p50 ${fast.p50.toFixed(1)} ms`,
  );
  return [
    { what: "the task rows (lean SQL recount)", stats: slow },
    { what: "the summary tables", stats: fast },
  ];
}
