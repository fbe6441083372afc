-- AlterTable
ALTER TABLE "rectification_task" ADD COLUMN     "foundAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- CreateIndex
CREATE INDEX "rectification_task_foundAt_id_idx" ON "rectification_task"("foundAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "rectification_task_unitId_foundAt_id_idx" ON "rectification_task"("unitId", "foundAt" DESC, "id" DESC);

-- The copy is the finding's foundAt, for every task already there and every task to come.
UPDATE "rectification_task" t SET "foundAt" = f."foundAt" FROM "finding" f WHERE f."id" = t."findingId";

-- A task takes its finding's foundAt when written (a set-based load that inserts the finding in
-- the same statement, which this trigger cannot see yet, passes the value itself).
CREATE FUNCTION "task_found_at_copy"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."foundAt" := coalesce((SELECT f."foundAt" FROM "finding" f WHERE f."id" = NEW."findingId"),
                            NEW."foundAt");
  RETURN NEW;
END $$;
CREATE TRIGGER "task_found_at_copy" BEFORE INSERT OR UPDATE OF "findingId", "foundAt"
  ON "rectification_task" FOR EACH ROW EXECUTE FUNCTION "task_found_at_copy"();

-- A finding whose time is corrected moves its task with it.
CREATE FUNCTION "finding_found_at_moved"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "rectification_task" SET "foundAt" = NEW."foundAt" WHERE "findingId" = NEW."id";
  RETURN NULL;
END $$;
CREATE TRIGGER "finding_found_at_moved" AFTER UPDATE OF "foundAt" ON "finding" FOR EACH ROW
  WHEN (OLD."foundAt" IS DISTINCT FROM NEW."foundAt") EXECUTE FUNCTION "finding_found_at_moved"();
