-- Trigram indexes for the task list's text search; PGlite loads the extension in its worker.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateIndex
CREATE INDEX "finding_code_trgm_idx" ON "finding" USING GIN ("code" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "finding_description_trgm_idx" ON "finding" USING GIN ("description" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "site_name_trgm_idx" ON "site" USING GIN ("name" gin_trgm_ops);
