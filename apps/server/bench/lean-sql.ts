// The leanest raw SQL returning what each measured request returns: the yardstick the app's
// times are divided by. The rules (open, overdue, closed on time, judged) are the shared
// SQL translations in @cw/db's task-filters.ts, so the yardstick counts what the app counts.
import {
  closedOnTimeTaskSql,
  closedTaskSql,
  judgedForOnTimeTaskSql,
  openTaskSql,
  overdueTaskSql,
  Prisma,
} from "@cw/db";
import { agingBucketRanges, chartWeeks, SHANGHAI_OFFSET_MS, startOfShanghaiDay } from "@cw/domain";

export type RunSql = (
  text: string,
  values?: unknown[],
) => Promise<{ rows: Record<string, unknown>[] }>;

const run = (sql: RunSql, query: Prisma.Sql) => sql(query.text, query.values);

const LIST_COLUMNS = Prisma.sql`t.id, f.id AS "findingId", f.code, f."siteId", s.name AS "siteName",
  st.name AS "siteTypeName", t."unitId", u.name AS "unitName", f.category, f.source, f.severity,
  f.description, t.status, t.deadline, t."dueAt", t."assignedAt", f."foundAt", t."updatedAt",
  t.version`;
const LIST_FROM = Prisma.sql`rectification_task t
  JOIN finding f ON f.id = t."findingId"
  JOIN site s ON s.id = f."siteId"
  JOIN site_type st ON st.id = s."siteTypeId"
  LEFT JOIN responsible_unit u ON u.id = t."unitId"`;

/** tasks.list, newest found first, 50 a page; `after` = the last row of the page before. */
export async function leanTaskPage(
  sql: RunSql,
  options: { after?: { foundAt: Date; id: string }; text?: string } = {},
): Promise<string[]> {
  const where: Prisma.Sql[] = [Prisma.sql`TRUE`];
  if (options.after) {
    where.push(
      Prisma.sql`(f."foundAt", t.id) < (${options.after.foundAt}, ${options.after.id}::uuid)`,
    );
  }
  if (options.text) {
    const like = `%${options.text.replace(/[\\%_]/g, "\\$&")}%`;
    where.push(
      Prisma.sql`(f.code ILIKE ${like} OR f.description ILIKE ${like} OR s.name ILIKE ${like}
                  OR s.address ILIKE ${like})`,
    );
  }
  const { rows } = await run(
    sql,
    Prisma.sql`SELECT ${LIST_COLUMNS} FROM ${LIST_FROM} WHERE ${Prisma.join(where, " AND ")}
                ORDER BY f."foundAt" DESC, t.id DESC LIMIT 50`,
  );
  return rows.map((r) => String(r.id));
}

export interface LeanOverview {
  open: number;
  overdue: number;
  closed: number;
  closedOnTime: number;
  judged: number;
  sites: number;
  opened: number;
  closedInWeeks: number;
  aging: number;
  units: number;
  siteTypes: number;
  categories: number;
}

const n = (v: unknown) => Number(v ?? 0);

/** The default overview's numbers recounted from the task rows, one statement per chart. */
export async function leanOverviewRecount(sql: RunSql, now: Date): Promise<LeanOverview> {
  const weeks = chartWeeks({}, now);
  const start = startOfShanghaiDay(weeks[0]?.from ?? "2000-01-01");
  const offset = Prisma.raw(`interval '${SHANGHAI_OFFSET_MS / 1000} seconds'`);
  const ranges = agingBucketRanges(now);
  const whens = ranges.map((r) =>
    r.dueAtAfter === null
      ? Prisma.sql`WHEN TRUE THEN ${r.key}`
      : Prisma.sql`WHEN t."dueAt" > ${r.dueAtAfter} THEN ${r.key}`,
  );
  const [tiles, sites, opened, closed, aging, units, byType, byCategory] = [
    await run(
      sql,
      Prisma.sql`SELECT count(*) FILTER (WHERE ${openTaskSql("t")}) AS open,
                        count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue,
                        count(*) FILTER (WHERE ${closedTaskSql("t")}) AS closed,
                        count(*) FILTER (WHERE ${closedOnTimeTaskSql("t")}) AS on_time,
                        count(*) FILTER (WHERE ${judgedForOnTimeTaskSql("t", now)}) AS judged,
                        percentile_cont(0.5) WITHIN GROUP (ORDER BY t."closedAt" - f."foundAt")
                          FILTER (WHERE ${closedTaskSql("t")}) AS median
                   FROM rectification_task t JOIN finding f ON f.id = t."findingId"`,
    ),
    await run(sql, Prisma.sql`SELECT count(*) AS n FROM site`),
    await run(
      sql,
      Prisma.sql`SELECT date_trunc('week', ("foundAt" AT TIME ZONE 'UTC') + ${offset}) AS week,
                        count(*) AS n
                   FROM finding WHERE "foundAt" >= ${start} GROUP BY 1`,
    ),
    await run(
      sql,
      Prisma.sql`SELECT date_trunc('week', ("closedAt" AT TIME ZONE 'UTC') + ${offset}) AS week,
                        count(*) AS n
                   FROM rectification_task t
                  WHERE ${closedTaskSql("t")} AND "closedAt" >= ${start} GROUP BY 1`,
    ),
    await run(
      sql,
      Prisma.sql`SELECT CASE ${Prisma.join(whens, " ")} END AS bucket, count(*) AS n
                   FROM rectification_task t WHERE ${overdueTaskSql("t", now)} GROUP BY 1`,
    ),
    await run(
      sql,
      Prisma.sql`SELECT u.id, u.name, c.* FROM responsible_unit u JOIN (
                   SELECT t."unitId", count(*) AS tasks,
                          count(*) FILTER (WHERE ${judgedForOnTimeTaskSql("t", now)}) AS judged,
                          count(*) FILTER (WHERE ${closedOnTimeTaskSql("t")}) AS on_time,
                          count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue
                     FROM rectification_task t GROUP BY 1) c ON c."unitId" = u.id`,
    ),
    await run(
      sql,
      Prisma.sql`SELECT s."siteTypeId", count(*) AS open,
                        count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue
                   FROM rectification_task t JOIN finding f ON f.id = t."findingId"
                   JOIN site s ON s.id = f."siteId"
                  WHERE ${openTaskSql("t")} GROUP BY 1`,
    ),
    await run(
      sql,
      Prisma.sql`SELECT f.category, count(*) AS open,
                        count(*) FILTER (WHERE ${overdueTaskSql("t", now)}) AS overdue
                   FROM rectification_task t JOIN finding f ON f.id = t."findingId"
                  WHERE ${openTaskSql("t")} GROUP BY 1`,
    ),
  ];
  const t = tiles.rows[0] ?? {};
  const sum = (rows: Record<string, unknown>[]) => rows.reduce((a, r) => a + n(r.n), 0);
  return {
    open: n(t.open),
    overdue: n(t.overdue),
    closed: n(t.closed),
    closedOnTime: n(t.on_time),
    judged: n(t.judged),
    sites: n(sites.rows[0]?.n),
    opened: sum(opened.rows),
    closedInWeeks: sum(closed.rows),
    aging: sum(aging.rows),
    units: units.rows.length,
    siteTypes: byType.rows.length,
    categories: byCategory.rows.length,
  };
}
