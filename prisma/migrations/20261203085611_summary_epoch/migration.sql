-- CreateTable
CREATE TABLE "summary_epoch" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "epoch" BIGINT NOT NULL DEFAULT 0,

    CONSTRAINT "summary_epoch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "summary_epoch_bump" (
    "xact" BIGINT NOT NULL,

    CONSTRAINT "summary_epoch_bump_pkey" PRIMARY KEY ("xact")
);

-- The one epoch row (decision 0028).
INSERT INTO "summary_epoch" ("id", "epoch") VALUES (true, 0);

-- A statement that changes a summary or a table the overview reads beside them records its
-- transaction once (ON CONFLICT: later statements of the same transaction add nothing, and
-- no two transactions share an id, so none waits for another here).
CREATE FUNCTION "summary_epoch_note"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "summary_epoch_bump" ("xact") VALUES (pg_current_xact_id()::text::bigint)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

-- At the transaction's commit (deferred), once: bump the epoch and forget the transaction.
-- The epoch row is locked only from here to the commit, after every other lock the
-- transaction takes, so two transactions cannot deadlock on it.
CREATE FUNCTION "summary_epoch_bump_at_commit"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "summary_epoch" SET "epoch" = "epoch" + 1;
  DELETE FROM "summary_epoch_bump" WHERE "xact" = NEW."xact";
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "summary_epoch_bump_at_commit"
  AFTER INSERT ON "summary_epoch_bump" DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION "summary_epoch_bump_at_commit"();

CREATE TRIGGER "summary_epoch_found" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "summary_task_found" FOR EACH STATEMENT EXECUTE FUNCTION "summary_epoch_note"();
CREATE TRIGGER "summary_epoch_open" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "summary_task_open" FOR EACH STATEMENT EXECUTE FUNCTION "summary_epoch_note"();
CREATE TRIGGER "summary_epoch_closed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "summary_task_closed" FOR EACH STATEMENT EXECUTE FUNCTION "summary_epoch_note"();
CREATE TRIGGER "summary_epoch_close_time" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "summary_task_close_time" FOR EACH STATEMENT EXECUTE FUNCTION "summary_epoch_note"();
CREATE TRIGGER "summary_epoch_site" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "site" FOR EACH STATEMENT EXECUTE FUNCTION "summary_epoch_note"();
CREATE TRIGGER "summary_epoch_unit" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "responsible_unit" FOR EACH STATEMENT EXECUTE FUNCTION "summary_epoch_note"();
CREATE TRIGGER "summary_epoch_site_type" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "site_type" FOR EACH STATEMENT EXECUTE FUNCTION "summary_epoch_note"();
CREATE TRIGGER "summary_epoch_category" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON "finding_category" FOR EACH STATEMENT EXECUTE FUNCTION "summary_epoch_note"();
