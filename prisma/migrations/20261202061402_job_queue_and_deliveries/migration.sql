-- CreateEnum
CREATE TYPE "delivery_channel" AS ENUM ('email', 'sms', 'wecom', 'dingtalk');

-- CreateEnum
CREATE TYPE "delivery_status" AS ENUM ('pending', 'sending', 'sent', 'failed', 'suppressed');

-- CreateTable
CREATE TABLE "delivery" (
    "id" UUID NOT NULL,
    "notificationId" UUID NOT NULL,
    "channel" "delivery_channel" NOT NULL,
    "target" TEXT NOT NULL,
    "mention" TEXT,
    "status" "delivery_status" NOT NULL DEFAULT 'pending',
    "suppressedBy" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "notBefore" TIMESTAMPTZ(3) NOT NULL,
    "claimedAt" TIMESTAMPTZ(3),
    "sentAt" TIMESTAMPTZ(3),
    "providerAnswer" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_channel" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "channel" "delivery_channel" NOT NULL,
    "webhookCipher" TEXT NOT NULL,
    "secretCipher" TEXT,
    "webhookMasked" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_channel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_run" (
    "id" UUID NOT NULL,
    "job" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),
    "ok" BOOLEAN,
    "summary" JSONB,

    CONSTRAINT "job_run_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "delivery_status_notBefore_idx" ON "delivery"("status", "notBefore");

-- CreateIndex
CREATE INDEX "delivery_target_createdAt_idx" ON "delivery"("target", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "delivery_notificationId_channel_key" ON "delivery"("notificationId", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "unit_channel_unitId_channel_key" ON "unit_channel"("unitId", "channel");

-- CreateIndex
CREATE INDEX "job_run_job_startedAt_idx" ON "job_run"("job", "startedAt" DESC);

-- AddForeignKey
ALTER TABLE "delivery" ADD CONSTRAINT "delivery_notificationId_fkey" FOREIGN KEY ("notificationId") REFERENCES "notification"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_channel" ADD CONSTRAINT "unit_channel_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
