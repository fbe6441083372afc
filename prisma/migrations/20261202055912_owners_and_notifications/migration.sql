-- CreateEnum
CREATE TYPE "contact_role" AS ENUM ('head', 'liaison');

-- CreateEnum
CREATE TYPE "notification_event" AS ENUM ('dispatched', 'transferred', 'returned', 'escalated', 'deadline_changed', 'verification_requested', 'evidence_rejected', 'due_soon', 'overdue', 'overdue_head', 'overdue_leaders', 'unclaimed', 'digest_unit', 'digest_leader');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "email" TEXT,
ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'zh-CN';

-- CreateTable
CREATE TABLE "unit_contact" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "role" "contact_role" NOT NULL,
    "userId" UUID,
    "name" TEXT NOT NULL,
    "mobile" TEXT,
    "email" TEXT,
    "wecomId" TEXT,
    "dingtalkId" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'zh-CN',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "unit_contact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "event" "notification_event" NOT NULL,
    "taskId" UUID,
    "recipientUserId" UUID,
    "recipientContactId" UUID,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "dedupeKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "unit_contact_unitId_role_idx" ON "unit_contact"("unitId", "role");

-- CreateIndex
CREATE INDEX "unit_contact_userId_idx" ON "unit_contact"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "notification_dedupeKey_key" ON "notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "notification_recipientUserId_createdAt_idx" ON "notification"("recipientUserId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "notification_recipientUserId_readAt_idx" ON "notification"("recipientUserId", "readAt");

-- CreateIndex
CREATE INDEX "notification_taskId_idx" ON "notification"("taskId");

-- CreateIndex
CREATE INDEX "rectification_task_ownerId_status_idx" ON "rectification_task"("ownerId", "status");

-- Owners were never set before this migration; clear any stray value so the key holds.
UPDATE "rectification_task" SET "ownerId" = NULL
WHERE "ownerId" IS NOT NULL AND "ownerId" NOT IN (SELECT "id" FROM "app_user");

-- The head and liaison written on each unit become its first contacts.
INSERT INTO "unit_contact" ("id", "unitId", "role", "name", "mobile", "updatedAt")
SELECT gen_random_uuid(), "id", 'head', "headName", "headPhone", CURRENT_TIMESTAMP
FROM "responsible_unit" WHERE "headName" IS NOT NULL AND btrim("headName") <> '';
INSERT INTO "unit_contact" ("id", "unitId", "role", "name", "mobile", "updatedAt")
SELECT gen_random_uuid(), "id", 'liaison', "liaisonName", "liaisonPhone", CURRENT_TIMESTAMP
FROM "responsible_unit" WHERE "liaisonName" IS NOT NULL AND btrim("liaisonName") <> '';

-- AddForeignKey
ALTER TABLE "unit_contact" ADD CONSTRAINT "unit_contact_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_contact" ADD CONSTRAINT "unit_contact_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_recipientContactId_fkey" FOREIGN KEY ("recipientContactId") REFERENCES "unit_contact"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_task" ADD CONSTRAINT "rectification_task_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
