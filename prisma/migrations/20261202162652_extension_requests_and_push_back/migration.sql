-- CreateEnum
CREATE TYPE "extension_status" AS ENUM ('pending', 'approved', 'refused', 'lapsed');

-- AlterEnum
-- In the domain's order (FINDING_STATUSES): the open states, then closed and cancelled.
ALTER TYPE "finding_status" ADD VALUE 'pushed_back' BEFORE 'closed';

-- AlterEnum
-- In the domain's order (NOTIFICATION_EVENTS): after the other events of a person's action.
ALTER TYPE "notification_event" ADD VALUE 'extension_requested' BEFORE 'due_soon';
ALTER TYPE "notification_event" ADD VALUE 'extension_approved' BEFORE 'due_soon';
ALTER TYPE "notification_event" ADD VALUE 'extension_refused' BEFORE 'due_soon';
ALTER TYPE "notification_event" ADD VALUE 'pushed_back' BEFORE 'due_soon';

-- AlterEnum
ALTER TYPE "progress_kind" ADD VALUE 'instruction';

-- AlterTable
ALTER TABLE "rectification_task" ADD COLUMN     "extensionRequestedAt" TIMESTAMPTZ(3),
ADD COLUMN     "pushBackReason" TEXT,
ADD COLUMN     "pushedBackAt" TIMESTAMPTZ(3),
ADD COLUMN     "pushedBackFromUnitId" UUID;

-- CreateTable
CREATE TABLE "extension_request" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "requestedById" UUID NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "previousDeadline" DATE,
    "proposedDeadline" DATE NOT NULL,
    "status" "extension_status" NOT NULL DEFAULT 'pending',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" TEXT,
    "grantedDeadline" DATE,

    CONSTRAINT "extension_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "extension_request_taskId_requestedAt_idx" ON "extension_request"("taskId", "requestedAt");

-- CreateIndex
CREATE INDEX "rectification_task_extensionRequestedAt_idx" ON "rectification_task"("extensionRequestedAt");

-- AddForeignKey
ALTER TABLE "rectification_task" ADD CONSTRAINT "rectification_task_pushedBackFromUnitId_fkey" FOREIGN KEY ("pushedBackFromUnitId") REFERENCES "responsible_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "rectification_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "extension_request" ADD CONSTRAINT "extension_request_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A pushed-back task is still open: work is owed, now by the coordinator who re-dispatches it
-- (the domain's OPEN_FINDING_STATUSES; packages/db/test/summary-rules.test.ts checks the two).
-- It has no unit while pushed back, so no unit's figures count it.
CREATE OR REPLACE FUNCTION "summary_is_open"(status text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT CASE WHEN status IN ('new', 'assigned', 'in_progress', 'submitted', 'returned',
                                    'partly_fixed', 'pushed_back') THEN 1 ELSE 0 END $$;
