-- CreateEnum
CREATE TYPE "security_event_kind" AS ENUM ('sign_in_succeeded', 'sign_in_failed', 'locked_out', 'refused_locked', 'password_changed');

-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "escalation" ADD COLUMN     "taskVersion" INTEGER;

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "lockedUntil" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "security_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "kind" "security_event_kind" NOT NULL,
    "username" TEXT NOT NULL,
    "userId" UUID,
    "address" TEXT,

    CONSTRAINT "security_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "security_event_at_idx" ON "security_event"("at");

-- CreateIndex
CREATE INDEX "security_event_username_at_idx" ON "security_event"("username", "at");

-- CreateIndex
CREATE UNIQUE INDEX "escalation_taskId_taskVersion_key" ON "escalation"("taskId", "taskVersion");
