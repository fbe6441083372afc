-- The scheduled weekly 通报 (issue 13): the leader report as a PDF is a kind of document, the
-- notice that it is ready an event, and each scheduled document has an identity (week and
-- format) so the job generates it once however often it runs (docs/decisions/0020).
-- AlterEnum
ALTER TYPE "document_kind" ADD VALUE 'leader_report';

-- AlterEnum
ALTER TYPE "notification_event" ADD VALUE 'weekly_notice';

-- AlterTable
ALTER TABLE "generated_document" ADD COLUMN     "dedupeKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "generated_document_dedupeKey_key" ON "generated_document"("dedupeKey");
