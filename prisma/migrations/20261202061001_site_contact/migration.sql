-- AlterTable
ALTER TABLE "site" ADD COLUMN     "contactMobile" TEXT,
ADD COLUMN     "contactName" TEXT,
ADD COLUMN     "contactUserId" UUID;

-- AddForeignKey
ALTER TABLE "site" ADD CONSTRAINT "site_contactUserId_fkey" FOREIGN KEY ("contactUserId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
