-- AlterTable
ALTER TABLE "finding" ADD COLUMN     "clientRef" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "finding_clientRef_key" ON "finding"("clientRef");
