-- AlterTable
ALTER TABLE "field_check" ADD COLUMN     "verificationId" UUID,
ALTER COLUMN "inspectionId" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "field_check_verificationId_key" ON "field_check"("verificationId");

-- AddForeignKey
ALTER TABLE "field_check" ADD CONSTRAINT "field_check_verificationId_fkey" FOREIGN KEY ("verificationId") REFERENCES "verification"("id") ON DELETE SET NULL ON UPDATE CASCADE;
