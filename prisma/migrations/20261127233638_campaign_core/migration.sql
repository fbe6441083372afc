-- DropIndex
DROP INDEX "finding_category_status_idx";

-- DropIndex
DROP INDEX "finding_siteId_status_idx";

-- DropIndex
DROP INDEX "finding_status_dueAt_idx";

-- AlterTable
ALTER TABLE "finding" ADD COLUMN     "duplicateOfId" UUID,
ADD COLUMN     "inspectionId" UUID,
ADD COLUMN     "latitude" DECIMAL(9,6),
ADD COLUMN     "longitude" DECIMAL(9,6),
ADD COLUMN     "reporterId" UUID,
ADD COLUMN     "severity" TEXT NOT NULL DEFAULT 'normal',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT 'routine_inspection',
ADD COLUMN     "standardId" UUID;

-- AlterTable
ALTER TABLE "responsible_unit" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "headName" TEXT,
ADD COLUMN     "headPhone" TEXT,
ADD COLUMN     "liaisonName" TEXT,
ADD COLUMN     "liaisonPhone" TEXT,
ADD COLUMN     "parentId" UUID;

-- AlterTable
ALTER TABLE "site" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "gridId" UUID,
ADD COLUMN     "isKeySite" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "site_type" ADD COLUMN     "active" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "grid" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unitId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "grid_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "unitId" UUID,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_client" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding_category" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "defaultDeadlineDays" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "finding_category_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "inspection" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "notes" TEXT NOT NULL DEFAULT '',
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "inspection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inspection_member" (
    "inspectionId" UUID NOT NULL,
    "userId" UUID NOT NULL,

    CONSTRAINT "inspection_member_pkey" PRIMARY KEY ("inspectionId","userId")
);

-- CreateTable
CREATE TABLE "inspection_site" (
    "inspectionId" UUID NOT NULL,
    "siteId" UUID NOT NULL,

    CONSTRAINT "inspection_site_pkey" PRIMARY KEY ("inspectionId","siteId")
);

-- CreateTable
CREATE TABLE "rectification_task" (
    "id" UUID NOT NULL,
    "findingId" UUID NOT NULL,
    "status" TEXT NOT NULL,
    "unitId" UUID,
    "ownerId" UUID,
    "deadline" DATE,
    "dueAt" TIMESTAMPTZ(3),
    "assignedAt" TIMESTAMPTZ(3),
    "claimedAt" TIMESTAMPTZ(3),
    "submittedAt" TIMESTAMPTZ(3),
    "submittedById" UUID,
    "closedAt" TIMESTAMPTZ(3),
    "resolution" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rectification_task_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "progress_update" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "authorId" UUID NOT NULL,
    "note" TEXT NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'progress',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "progress_update_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verification" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "result" TEXT NOT NULL,
    "verifierId" UUID NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "escalation" (
    "id" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "level" TEXT NOT NULL,
    "noticeText" TEXT NOT NULL,
    "issuedById" UUID NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo" (
    "id" UUID NOT NULL,
    "sha256" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "capturedAt" TIMESTAMPTZ(3),
    "latitude" DECIMAL(9,6),
    "longitude" DECIMAL(9,6),
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "photo_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "photo_content" (
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "photo_content_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "finding_photo" (
    "findingId" UUID NOT NULL,
    "photoId" UUID NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'before',

    CONSTRAINT "finding_photo_pkey" PRIMARY KEY ("findingId","photoId")
);

-- CreateTable
CREATE TABLE "progress_photo" (
    "progressId" UUID NOT NULL,
    "photoId" UUID NOT NULL,

    CONSTRAINT "progress_photo_pkey" PRIMARY KEY ("progressId","photoId")
);

-- CreateTable
CREATE TABLE "verification_photo" (
    "verificationId" UUID NOT NULL,
    "photoId" UUID NOT NULL,

    CONSTRAINT "verification_photo_pkey" PRIMARY KEY ("verificationId","photoId")
);

-- CreateTable
CREATE TABLE "calendar_day" (
    "date" DATE NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_event" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "audit_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "grid_code_key" ON "grid"("code");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "app_user_unitId_idx" ON "app_user"("unitId");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "session_expiresAt_idx" ON "session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "api_client_keyHash_key" ON "api_client"("keyHash");

-- CreateIndex
CREATE UNIQUE INDEX "inspection_code_key" ON "inspection"("code");

-- CreateIndex
CREATE INDEX "inspection_date_idx" ON "inspection"("date");

-- CreateIndex
CREATE INDEX "inspection_site_siteId_idx" ON "inspection_site"("siteId");

-- CreateIndex
CREATE UNIQUE INDEX "rectification_task_findingId_key" ON "rectification_task"("findingId");

-- CreateIndex
CREATE INDEX "rectification_task_status_dueAt_idx" ON "rectification_task"("status", "dueAt");

-- CreateIndex
CREATE INDEX "rectification_task_unitId_status_dueAt_idx" ON "rectification_task"("unitId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "rectification_task_status_assignedAt_idx" ON "rectification_task"("status", "assignedAt");

-- CreateIndex
CREATE INDEX "rectification_task_closedAt_idx" ON "rectification_task"("closedAt");

-- CreateIndex
CREATE INDEX "progress_update_taskId_idx" ON "progress_update"("taskId");

-- CreateIndex
CREATE INDEX "verification_taskId_idx" ON "verification"("taskId");

-- CreateIndex
CREATE INDEX "escalation_taskId_idx" ON "escalation"("taskId");

-- CreateIndex
CREATE INDEX "photo_sha256_idx" ON "photo"("sha256");

-- CreateIndex
CREATE INDEX "audit_event_entityType_entityId_id_idx" ON "audit_event"("entityType", "entityId", "id");

-- CreateIndex
CREATE INDEX "audit_event_at_idx" ON "audit_event"("at");

-- CreateIndex
CREATE INDEX "finding_siteId_idx" ON "finding"("siteId");

-- CreateIndex
CREATE INDEX "finding_category_idx" ON "finding"("category");

-- CreateIndex
CREATE INDEX "finding_source_idx" ON "finding"("source");

-- CreateIndex
CREATE INDEX "finding_foundAt_idx" ON "finding"("foundAt");

-- CreateIndex
CREATE INDEX "finding_inspectionId_idx" ON "finding"("inspectionId");

-- CreateIndex
CREATE INDEX "responsible_unit_parentId_idx" ON "responsible_unit"("parentId");

-- CreateIndex
CREATE INDEX "site_gridId_idx" ON "site"("gridId");

-- Hand-written: carry existing findings over before their old columns go.
-- Each finding's rectification state moves to its task (one task per finding).
INSERT INTO "rectification_task" ("id", "findingId", "status", "deadline", "dueAt", "closedAt",
    "assignedAt", "resolution", "version", "createdAt", "updatedAt")
SELECT gen_random_uuid(), f."id", f."status", f."deadline", f."dueAt", f."closedAt",
       CASE WHEN f."status" <> 'new' THEN f."foundAt" END,
       CASE f."status" WHEN 'closed' THEN 'verified' WHEN 'cancelled' THEN 'duplicate' END,
       1, f."createdAt", CURRENT_TIMESTAMP
  FROM "finding" f;

-- The categories the product ships with (editable later), plus any code already in use.
INSERT INTO "finding_category" ("code", "name", "nameEn", "defaultDeadlineDays", "sortOrder") VALUES
  ('public_environment', '公共环境', 'Public environment', 5, 1),
  ('public_order', '公共秩序', 'Public order', 3, 2),
  ('infrastructure', '基础设施', 'Infrastructure', 10, 3),
  ('public_service_ads', '公益宣传', 'Public-service advertising', 5, 4),
  ('civic_behaviour', '文明行为', 'Civic behaviour', 3, 5),
  ('service_quality', '窗口服务', 'Service quality', 5, 6);
INSERT INTO "finding_category" ("code", "name", "nameEn", "defaultDeadlineDays", "sortOrder")
SELECT DISTINCT f."category", f."category", f."category", 5, 99
  FROM "finding" f
 WHERE NOT EXISTS (SELECT 1 FROM "finding_category" c WHERE c."code" = f."category");

ALTER TABLE "finding" DROP COLUMN "closedAt",
DROP COLUMN "deadline",
DROP COLUMN "dueAt",
DROP COLUMN "status";

-- AddForeignKey
ALTER TABLE "responsible_unit" ADD CONSTRAINT "responsible_unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "responsible_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grid" ADD CONSTRAINT "grid_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "responsible_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "responsible_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session" ADD CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "site" ADD CONSTRAINT "site_gridId_fkey" FOREIGN KEY ("gridId") REFERENCES "grid"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_member" ADD CONSTRAINT "inspection_member_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_site" ADD CONSTRAINT "inspection_site_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inspection_site" ADD CONSTRAINT "inspection_site_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_inspectionId_fkey" FOREIGN KEY ("inspectionId") REFERENCES "inspection"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_category_fkey" FOREIGN KEY ("category") REFERENCES "finding_category"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_task" ADD CONSTRAINT "rectification_task_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rectification_task" ADD CONSTRAINT "rectification_task_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "responsible_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_update" ADD CONSTRAINT "progress_update_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "rectification_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification" ADD CONSTRAINT "verification_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "rectification_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation" ADD CONSTRAINT "escalation_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "rectification_task"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "photo" ADD CONSTRAINT "photo_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "photo_content"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_photo" ADD CONSTRAINT "finding_photo_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "finding"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding_photo" ADD CONSTRAINT "finding_photo_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "photo"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_photo" ADD CONSTRAINT "progress_photo_progressId_fkey" FOREIGN KEY ("progressId") REFERENCES "progress_update"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "progress_photo" ADD CONSTRAINT "progress_photo_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "photo"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_photo" ADD CONSTRAINT "verification_photo_verificationId_fkey" FOREIGN KEY ("verificationId") REFERENCES "verification"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "verification_photo" ADD CONSTRAINT "verification_photo_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "photo"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: the audit trail is append-only. Prisma does not model triggers, so the
-- schema diff ignores this; it is tested in packages/db/test/audit.test.ts.
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only';
END;
$$;

CREATE TRIGGER "audit_event_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "audit_event"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
