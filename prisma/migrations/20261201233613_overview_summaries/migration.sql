-- CreateTable
CREATE TABLE "summary_task_found" (
    "unitId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "foundDay" DATE NOT NULL,
    "tasks" INTEGER NOT NULL,
    "open" INTEGER NOT NULL,
    "closed" INTEGER NOT NULL,
    "closedOnTime" INTEGER NOT NULL,
    "closedWithDeadline" INTEGER NOT NULL,

    CONSTRAINT "summary_task_found_pkey" PRIMARY KEY ("unitId","siteId","category","foundDay")
);

-- CreateTable
CREATE TABLE "summary_task_open" (
    "unitId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "foundDay" DATE NOT NULL,
    "overdueFrom" DATE NOT NULL,
    "open" INTEGER NOT NULL,

    CONSTRAINT "summary_task_open_pkey" PRIMARY KEY ("unitId","siteId","category","foundDay","overdueFrom")
);

-- CreateTable
CREATE TABLE "summary_task_closed" (
    "unitId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "closedDay" DATE NOT NULL,
    "closed" INTEGER NOT NULL,

    CONSTRAINT "summary_task_closed_pkey" PRIMARY KEY ("unitId","siteId","category","closedDay")
);

-- CreateTable
CREATE TABLE "summary_task_close_time" (
    "unitId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "foundDay" DATE NOT NULL,
    "hoursToClose" INTEGER NOT NULL,
    "closed" INTEGER NOT NULL,

    CONSTRAINT "summary_task_close_time_pkey" PRIMARY KEY ("unitId","siteId","category","foundDay","hoursToClose")
);

-- CreateIndex
CREATE INDEX "summary_task_found_foundDay_idx" ON "summary_task_found"("foundDay");

-- CreateIndex
CREATE INDEX "summary_task_open_overdueFrom_idx" ON "summary_task_open"("overdueFrom");

-- CreateIndex
CREATE INDEX "summary_task_closed_closedDay_idx" ON "summary_task_closed"("closedDay");

-- The overview summaries' rules, once in SQL. packages/db/test/summary-rules.test.ts checks
-- each against @cw/domain (isOpenStatus, CLOSED_STATUS, isClosedOnTime, isJudgedForOnTime,
-- shanghaiDate, dueAtFor), so the two cannot drift apart unnoticed. Decision 0012.

-- The calendar day in Beijing (UTC+8, no daylight saving) of an instant.
CREATE FUNCTION "summary_beijing_day"(at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT ((at AT TIME ZONE 'UTC') + interval '8 hours')::date $$;

-- Open: work is still owed (the domain's OPEN_FINDING_STATUSES).
CREATE FUNCTION "summary_is_open"(status text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN status IN ('new', 'assigned', 'in_progress', 'submitted', 'returned',
                                    'partly_fixed') THEN 1 ELSE 0 END $$;

-- Closed out (CLOSED_STATUS): a cancelled duplicate is no closure.
CREATE FUNCTION "summary_is_closed"(status text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN status = 'closed' THEN 1 ELSE 0 END $$;

-- isClosedOnTime: closed before the instant it would have turned overdue.
CREATE FUNCTION "summary_closed_on_time"(status text, due_at timestamptz, closed_at timestamptz)
  RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN status = 'closed' AND closed_at < due_at THEN 1 ELSE 0 END $$;

-- The closed part of isJudgedForOnTime (the open part, overdue, is known only at read time).
CREATE FUNCTION "summary_closed_with_deadline"(status text, due_at timestamptz) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN status = 'closed' AND due_at IS NOT NULL THEN 1 ELSE 0 END $$;

-- The day from whose 00:00 (Beijing) a task is overdue while open: dueAt is always that
-- instant (dueAtFor). No deadline: never, written as 9999-12-31 so the key has no NULL.
CREATE FUNCTION "summary_overdue_from"(due_at timestamptz) RETURNS date
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce("summary_beijing_day"(due_at), DATE '9999-12-31') $$;

-- Days to close (closedAt − foundAt), in whole hours, rounded down.
CREATE FUNCTION "summary_hours_to_close"(found_at timestamptz, closed_at timestamptz)
  RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT floor(extract(epoch FROM closed_at - found_at) / 3600)::integer $$;

-- Adds (sign 1) or removes (sign -1) tasks' contributions to every summary, as one set. Every
-- path goes through here: the triggers below and summary_rebuild(). Rows are upserted in key
-- order, so concurrent transactions lock summary rows in the same order (no deadlock).
CREATE FUNCTION "summary_apply"(
  signs integer[], units uuid[], sites uuid[], categories text[], found_ats timestamptz[],
  statuses text[], due_ats timestamptz[], closed_ats timestamptz[]
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  nil CONSTANT uuid := '00000000-0000-0000-0000-000000000000';
BEGIN
  IF signs IS NULL OR cardinality(signs) = 0 THEN
    RETURN;
  END IF;
  -- The contributions, once per session in a scratch table the four summaries read from.
  IF to_regclass('pg_temp.summary_delta') IS NULL THEN
    CREATE TEMP TABLE summary_delta (
      sign integer, unit uuid, site uuid, category text, found_day date, status text,
      due_at timestamptz, closed_at timestamptz, found_at timestamptz
    ) ON COMMIT DELETE ROWS;
  END IF;
  TRUNCATE summary_delta;
  INSERT INTO summary_delta
  SELECT d.sign, coalesce(d.unit, nil), d.site, d.category, "summary_beijing_day"(d.found_at),
         d.status, d.due_at, d.closed_at, d.found_at
    FROM unnest(signs, units, sites, categories, found_ats, statuses, due_ats, closed_ats)
         AS d(sign, unit, site, category, found_at, status, due_at, closed_at);

  INSERT INTO "summary_task_found" AS s
         ("unitId", "siteId", "category", "foundDay", "tasks", "open", "closed", "closedOnTime",
          "closedWithDeadline")
  SELECT unit, site, category, found_day, sum(sign), sum(sign * "summary_is_open"(status)),
         sum(sign * "summary_is_closed"(status)),
         sum(sign * "summary_closed_on_time"(status, due_at, closed_at)),
         sum(sign * "summary_closed_with_deadline"(status, due_at))
    FROM summary_delta GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("unitId", "siteId", "category", "foundDay") DO UPDATE
     SET "tasks" = s."tasks" + EXCLUDED."tasks", "open" = s."open" + EXCLUDED."open",
         "closed" = s."closed" + EXCLUDED."closed",
         "closedOnTime" = s."closedOnTime" + EXCLUDED."closedOnTime",
         "closedWithDeadline" = s."closedWithDeadline" + EXCLUDED."closedWithDeadline";

  INSERT INTO "summary_task_open" AS s
         ("unitId", "siteId", "category", "foundDay", "overdueFrom", "open")
  SELECT unit, site, category, found_day, "summary_overdue_from"(due_at), sum(sign)
    FROM summary_delta WHERE "summary_is_open"(status) = 1
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("unitId", "siteId", "category", "foundDay", "overdueFrom") DO UPDATE
     SET "open" = s."open" + EXCLUDED."open";

  INSERT INTO "summary_task_closed" AS s ("unitId", "siteId", "category", "closedDay", "closed")
  SELECT unit, site, category, "summary_beijing_day"(closed_at), sum(sign)
    FROM summary_delta WHERE "summary_is_closed"(status) = 1 AND closed_at IS NOT NULL
   GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ("unitId", "siteId", "category", "closedDay") DO UPDATE
     SET "closed" = s."closed" + EXCLUDED."closed";

  INSERT INTO "summary_task_close_time" AS s
         ("unitId", "siteId", "category", "foundDay", "hoursToClose", "closed")
  SELECT unit, site, category, found_day, "summary_hours_to_close"(found_at, closed_at), sum(sign)
    FROM summary_delta WHERE "summary_is_closed"(status) = 1 AND closed_at IS NOT NULL
   GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT ("unitId", "siteId", "category", "foundDay", "hoursToClose") DO UPDATE
     SET "closed" = s."closed" + EXCLUDED."closed";

  -- A key whose last task left it is removed, so the summaries hold exactly what a rebuild makes.
  IF -1 = ANY (signs) THEN
    DELETE FROM "summary_task_found" s USING summary_delta d
     WHERE s."tasks" = 0 AND s."unitId" = d.unit AND s."siteId" = d.site
       AND s."category" = d.category AND s."foundDay" = d.found_day;
    DELETE FROM "summary_task_open" s USING summary_delta d
     WHERE s."open" = 0 AND s."unitId" = d.unit AND s."siteId" = d.site
       AND s."category" = d.category AND s."foundDay" = d.found_day
       AND s."overdueFrom" = "summary_overdue_from"(d.due_at);
    DELETE FROM "summary_task_closed" s USING summary_delta d
     WHERE s."closed" = 0 AND s."unitId" = d.unit AND s."siteId" = d.site
       AND s."category" = d.category AND s."closedDay" = "summary_beijing_day"(d.closed_at);
    DELETE FROM "summary_task_close_time" s USING summary_delta d
     WHERE s."closed" = 0 AND s."unitId" = d.unit AND s."siteId" = d.site
       AND s."category" = d.category AND s."foundDay" = d.found_day
       AND s."hoursToClose" = "summary_hours_to_close"(d.found_at, d.closed_at);
  END IF;
  TRUNCATE summary_delta;
END $$;

-- The triggers: every write to a task, and every change of a finding's site, category or
-- time, moves its contribution in the same statement's transaction — whatever wrote it (the
-- workflow, imports, demo data, set-based loads, a job).
CREATE FUNCTION "summary_task_inserted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "summary_apply"(array_agg(1), array_agg(n."unitId"), array_agg(f."siteId"),
                          array_agg(f."category"), array_agg(f."foundAt"), array_agg(n."status"::text),
                          array_agg(n."dueAt"), array_agg(n."closedAt"))
     FROM new_rows n JOIN "finding" f ON f."id" = n."findingId";
  RETURN NULL;
END $$;

CREATE FUNCTION "summary_task_deleted"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "summary_apply"(array_agg(-1), array_agg(o."unitId"), array_agg(f."siteId"),
                          array_agg(f."category"), array_agg(f."foundAt"), array_agg(o."status"::text),
                          array_agg(o."dueAt"), array_agg(o."closedAt"))
     FROM old_rows o JOIN "finding" f ON f."id" = o."findingId";
  RETURN NULL;
END $$;

-- Only rows whose summarised columns changed move (a claim or a progress note moves nothing).
CREATE FUNCTION "summary_task_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "summary_apply"(array_agg(c.sign), array_agg(c."unitId"), array_agg(f."siteId"),
                          array_agg(f."category"), array_agg(f."foundAt"), array_agg(c."status"::text),
                          array_agg(c."dueAt"), array_agg(c."closedAt"))
     FROM (SELECT side.sign, side."findingId", side."unitId", side."status", side."dueAt",
                  side."closedAt"
             FROM old_rows o JOIN new_rows n ON n."id" = o."id"
             CROSS JOIN LATERAL (
               SELECT -1 AS sign, o."findingId", o."unitId", o."status", o."dueAt", o."closedAt"
               UNION ALL
               SELECT 1, n."findingId", n."unitId", n."status", n."dueAt", n."closedAt") side
            WHERE (o."findingId", o."unitId", o."status", o."dueAt", o."closedAt")
                  IS DISTINCT FROM (n."findingId", n."unitId", n."status", n."dueAt", n."closedAt")
          ) c
     JOIN "finding" f ON f."id" = c."findingId";
  RETURN NULL;
END $$;

CREATE FUNCTION "summary_finding_updated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "summary_apply"(array_agg(c.sign), array_agg(t."unitId"), array_agg(c."siteId"),
                          array_agg(c."category"), array_agg(c."foundAt"), array_agg(t."status"::text),
                          array_agg(t."dueAt"), array_agg(t."closedAt"))
     FROM (SELECT side.*
             FROM old_rows o JOIN new_rows n ON n."id" = o."id"
             CROSS JOIN LATERAL (
               SELECT -1 AS sign, o."id", o."siteId", o."category", o."foundAt"
               UNION ALL
               SELECT 1, n."id", n."siteId", n."category", n."foundAt") side
            WHERE (o."siteId", o."category", o."foundAt")
                  IS DISTINCT FROM (n."siteId", n."category", n."foundAt")
          ) c
     JOIN "rectification_task" t ON t."findingId" = c."id";
  RETURN NULL;
END $$;

CREATE FUNCTION "summary_task_truncated"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE "summary_task_found", "summary_task_open", "summary_task_closed",
           "summary_task_close_time";
  RETURN NULL;
END $$;

CREATE TRIGGER "summary_task_insert" AFTER INSERT ON "rectification_task"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "summary_task_inserted"();
CREATE TRIGGER "summary_task_update" AFTER UPDATE ON "rectification_task"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summary_task_updated"();
CREATE TRIGGER "summary_task_delete" AFTER DELETE ON "rectification_task"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "summary_task_deleted"();
CREATE TRIGGER "summary_task_truncate" AFTER TRUNCATE ON "rectification_task"
  FOR EACH STATEMENT EXECUTE FUNCTION "summary_task_truncated"();
CREATE TRIGGER "summary_finding_update" AFTER UPDATE ON "finding"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION "summary_finding_updated"();

-- Recomputes every summary from the task rows; answers how many summary rows differed from
-- what the triggers had kept (0 when they were right).
CREATE FUNCTION "summary_rebuild"() RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  differing integer;
BEGIN
  CREATE TEMP TABLE summary_before_found ON COMMIT DROP AS TABLE "summary_task_found";
  CREATE TEMP TABLE summary_before_open ON COMMIT DROP AS TABLE "summary_task_open";
  CREATE TEMP TABLE summary_before_closed ON COMMIT DROP AS TABLE "summary_task_closed";
  CREATE TEMP TABLE summary_before_close_time ON COMMIT DROP AS TABLE "summary_task_close_time";
  TRUNCATE "summary_task_found", "summary_task_open", "summary_task_closed",
           "summary_task_close_time";
  PERFORM "summary_apply"(array_agg(1), array_agg(t."unitId"), array_agg(f."siteId"),
                          array_agg(f."category"), array_agg(f."foundAt"), array_agg(t."status"::text),
                          array_agg(t."dueAt"), array_agg(t."closedAt"))
     FROM "rectification_task" t JOIN "finding" f ON f."id" = t."findingId";
  SELECT (SELECT count(*) FROM ((TABLE summary_before_found EXCEPT ALL TABLE "summary_task_found")
                                UNION ALL (TABLE "summary_task_found" EXCEPT ALL TABLE summary_before_found)) x)
       + (SELECT count(*) FROM ((TABLE summary_before_open EXCEPT ALL TABLE "summary_task_open")
                                UNION ALL (TABLE "summary_task_open" EXCEPT ALL TABLE summary_before_open)) x)
       + (SELECT count(*) FROM ((TABLE summary_before_closed EXCEPT ALL TABLE "summary_task_closed")
                                UNION ALL (TABLE "summary_task_closed" EXCEPT ALL TABLE summary_before_closed)) x)
       + (SELECT count(*) FROM ((TABLE summary_before_close_time EXCEPT ALL TABLE "summary_task_close_time")
                                UNION ALL (TABLE "summary_task_close_time" EXCEPT ALL TABLE summary_before_close_time)) x)
    INTO differing;
  DROP TABLE summary_before_found, summary_before_open, summary_before_closed,
             summary_before_close_time;
  RETURN differing;
END $$;

-- Summaries for the tasks already there.
SELECT "summary_rebuild"();
