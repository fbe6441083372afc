// A city-scale data set loaded set-based (INSERT … SELECT generate_series): 3,000 sites and
// 200,000 findings with their tasks over three years load in seconds, not minutes. Used by
// the benchmarks (npm run bench:scale, npm run bench:http) and, small, by their tests.
import type { Database } from "../client.ts";

export interface CityScaleOptions {
  sites: number;
  findings: number;
  /** Today in Beijing (YYYY-MM-DD): findings go back up to 1,000 days from it. */
  today: string;
}

export interface CityScale {
  sites: number;
  findings: number;
  milliseconds: number;
}

/**
 * A stable pseudo-random integer in [0, n) for row `i` and stream `salt`: PostgreSQL's
 * hashint4, which does not change between versions (hash partitioning relies on it), so the
 * same call builds the same city on PGlite (PostgreSQL 17) and on a PostgreSQL 15 server.
 */
const pick = (i: string, salt: number, n: number | string) =>
  `(((hashint4((${i}) * 7 + ${salt})::bigint + 2147483648) % ${n})::int)`;

/**
 * Statuses drawn evenly from the eight (as the first benchmark did, so numbers compare);
 * "new" tasks have no unit or deadline, closed and cancelled ones a close-out time.
 */
const STATUSES = `ARRAY['new','assigned','in_progress','submitted','returned','partly_fixed','closed','cancelled']`;

/** Loads units, site types, grids, sites and findings with tasks into a migrated database. */
export async function loadCityScale(db: Database, options: CityScaleOptions): Promise<CityScale> {
  const started = performance.now();
  const { sites, findings } = options;
  if (!Number.isInteger(sites) || !Number.isInteger(findings) || sites < 1 || findings < 0) {
    throw new Error("sites and findings must be whole numbers");
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error("today must be YYYY-MM-DD");
  const today = `DATE '${options.today}'`;
  await db.executeSql(`
    INSERT INTO responsible_unit (id, code, name, kind, "createdAt", "updatedAt")
    SELECT gen_random_uuid(), 'BU' || lpad(i::text, 2, '0'), '单位' || i, 'bureau'::unit_kind, now(), now()
      FROM generate_series(0, 59) i;
    INSERT INTO site_type (id, code, name, "sortOrder")
    SELECT gen_random_uuid(), 'bt' || lpad(i::text, 2, '0'), '类型' || i, i
      FROM generate_series(0, 44) i;
    INSERT INTO grid (id, code, name, "createdAt")
    SELECT gen_random_uuid(), 'BG' || lpad(i::text, 2, '0'), '网格' || i, now()
      FROM generate_series(0, 39) i;
    INSERT INTO site (id, code, name, "siteTypeId", address, latitude, longitude,
                      "responsibleUnitId", "gridId", "createdAt", "updatedAt")
    SELECT gen_random_uuid(), 'BS' || lpad(i::text, 5, '0'), '点位' || i,
           t.ids[1 + ${pick("i", 1, 45)}], '华阴市测试路' || i || '号',
           34.5 + ${pick("i", 2, 1000)} / 10000.0, 110.0 + ${pick("i", 3, 1000)} / 10000.0,
           u.ids[1 + ${pick("i", 4, 60)}], g.ids[1 + ${pick("i", 5, 40)}], now(), now()
      FROM generate_series(0, ${sites - 1}) i,
           (SELECT array_agg(id ORDER BY code) ids FROM site_type WHERE code LIKE 'bt%') t,
           (SELECT array_agg(id ORDER BY code) ids FROM responsible_unit WHERE code LIKE 'BU%') u,
           (SELECT array_agg(id ORDER BY code) ids FROM grid WHERE code LIKE 'BG%') g;`);
  if (findings > 0) {
    // One statement: the drawn rows are materialised once and feed both inserts (the
    // foreign key is checked at its end, when the findings are there).
    await db.executeSql(`
      WITH s AS (SELECT array_agg(id ORDER BY code) ids,
                        array_agg("responsibleUnitId" ORDER BY code) units
                   FROM site WHERE code LIKE 'BS%'),
           c AS (SELECT array_agg(code ORDER BY "sortOrder", code) codes
                   FROM finding_category WHERE active),
           drawn AS MATERIALIZED (
             SELECT g, gen_random_uuid() AS finding_id,
                    1 + ${pick("g", 6, sites)} AS site_no,
                    ${today} - ${pick("g", 7, 1000)}::int AS found_day,
                    (${STATUSES})[1 + ${pick("g", 8, 8)}] AS status,
                    ${pick("g", 9, 1_000_000)} AS r
               FROM generate_series(0, ${findings - 1}) g),
           f AS (
             INSERT INTO finding (id, code, "siteId", category, description, "foundAt",
                                  "createdAt", "updatedAt")
             SELECT d.finding_id, 'BF' || d.g, s.ids[d.site_no],
                    c.codes[1 + d.r % array_length(c.codes, 1)], '问题描述' || d.g,
                    (d.found_day + time '02:00') AT TIME ZONE 'UTC', now(), now()
               FROM drawn d, s, c)
      INSERT INTO rectification_task (id, "findingId", status, "unitId", deadline, "dueAt",
                                      "assignedAt", "closedAt", resolution, "foundAt",
                                      "createdAt", "updatedAt")
      SELECT gen_random_uuid(), d.finding_id, d.status::finding_status,
             CASE WHEN d.status <> 'new' THEN s.units[d.site_no] END,
             CASE WHEN d.status <> 'new' THEN d.found_day + 5 + (d.r / 100) % 20 END,
             -- dueAt: 00:00 Beijing (16:00 UTC) after the deadline day, as dueAtFor says.
             CASE WHEN d.status <> 'new'
                  THEN (d.found_day + 5 + (d.r / 100) % 20 + time '16:00') AT TIME ZONE 'UTC' END,
             CASE WHEN d.status <> 'new' THEN (d.found_day + time '02:00') AT TIME ZONE 'UTC' END,
             CASE WHEN d.status IN ('closed', 'cancelled')
                  THEN (d.found_day + d.r % 30 + time '03:00') AT TIME ZONE 'UTC' END,
             (CASE d.status WHEN 'closed' THEN 'verified' WHEN 'cancelled' THEN 'duplicate' END)::task_resolution,
             (d.found_day + time '02:00') AT TIME ZONE 'UTC', now(), now()
        FROM drawn d, s;`);
  }
  await db.executeSql("ANALYZE");
  return { sites, findings, milliseconds: Math.round(performance.now() - started) };
}
