-- CreateEnum
CREATE TYPE "citizen_report_source" AS ENUM ('citizen_report', 'hotline');

-- CreateEnum
CREATE TYPE "citizen_report_status" AS ENUM ('received', 'accepted', 'rejected', 'merged');

-- CreateEnum
CREATE TYPE "citizen_block_kind" AS ENUM ('device', 'mobile');

-- CreateEnum
CREATE TYPE "satisfaction_answer" AS ENUM ('fixed', 'not_fixed');

-- AlterTable
ALTER TABLE "photo" ALTER COLUMN "uploadedById" DROP NOT NULL;

-- CreateTable
CREATE TABLE "citizen_report" (
    "id" UUID NOT NULL,
    "trackingCode" TEXT NOT NULL,
    "source" "citizen_report_source" NOT NULL,
    "status" "citizen_report_status" NOT NULL DEFAULT 'received',
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "siteId" UUID,
    "addressText" TEXT,
    "reporterMobile" TEXT,
    "deviceId" TEXT,
    "clientAddress" TEXT,
    "apiClientId" UUID,
    "attributes" JSONB,
    "mediaUrl" TEXT,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL,
    "firstTriagedAt" TIMESTAMPTZ(3),
    "triagedAt" TIMESTAMPTZ(3),
    "triagedById" UUID,
    "rejectReason" TEXT,
    "findingId" UUID,
    "reopenNote" TEXT,
    "reopenedAt" TIMESTAMPTZ(3),

    CONSTRAINT "citizen_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citizen_report_photo" (
    "reportId" UUID NOT NULL,
    "photoId" UUID NOT NULL,

    CONSTRAINT "citizen_report_photo_pkey" PRIMARY KEY ("reportId","photoId")
);

-- CreateTable
CREATE TABLE "citizen_block" (
    "id" UUID NOT NULL,
    "kind" "citizen_block_kind" NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "citizen_block_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_satisfaction" (
    "id" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "answer" "satisfaction_answer" NOT NULL,
    "note" TEXT,
    "answeredAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "finding_satisfaction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proof_of_work_use" (
    "signature" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "proof_of_work_use_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE UNIQUE INDEX "citizen_report_trackingCode_key" ON "citizen_report"("trackingCode");

-- CreateIndex
CREATE INDEX "citizen_report_status_receivedAt_id_idx" ON "citizen_report"("status", "receivedAt", "id");

-- CreateIndex
CREATE INDEX "citizen_report_receivedAt_idx" ON "citizen_report"("receivedAt");

-- CreateIndex
CREATE INDEX "citizen_report_findingId_idx" ON "citizen_report"("findingId");

-- CreateIndex
CREATE INDEX "citizen_report_photo_photoId_idx" ON "citizen_report_photo"("photoId");

-- CreateIndex
CREATE UNIQUE INDEX "citizen_block_kind_value_key" ON "citizen_block"("kind", "value");

-- CreateIndex
CREATE INDEX "finding_satisfaction_findingId_idx" ON "finding_satisfaction"("findingId");

-- CreateIndex
CREATE UNIQUE INDEX "finding_satisfaction_reportId_findingId_key" ON "finding_satisfaction"("reportId", "findingId");

-- CreateIndex
CREATE INDEX "proof_of_work_use_expiresAt_idx" ON "proof_of_work_use"("expiresAt");

-- AddForeignKey
ALTER TABLE "citizen_report" ADD CONSTRAINT "citizen_report_category_fkey" FOREIGN KEY ("category") REFERENCES "finding_category"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_report" ADD CONSTRAINT "citizen_report_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "site"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_report" ADD CONSTRAINT "citizen_report_apiClientId_fkey" FOREIGN KEY ("apiClientId") REFERENCES "api_client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_report" ADD CONSTRAINT "citizen_report_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_report_photo" ADD CONSTRAINT "citizen_report_photo_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "citizen_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citizen_report_photo" ADD CONSTRAINT "citizen_report_photo_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "photo"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_satisfaction" ADD CONSTRAINT "finding_satisfaction_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_satisfaction" ADD CONSTRAINT "finding_satisfaction_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "citizen_report"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
