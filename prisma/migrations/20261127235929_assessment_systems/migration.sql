-- CreateTable
CREATE TABLE "assessment_system" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "edition" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_system_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_node" (
    "id" UUID NOT NULL,
    "systemId" UUID NOT NULL,
    "parentId" UUID,
    "level" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMPTZ(3),

    CONSTRAINT "assessment_node_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assessment_standard" (
    "id" UUID NOT NULL,
    "systemId" UUID NOT NULL,
    "contentId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "points" DECIMAL(7,2) NOT NULL,
    "methods" TEXT[],
    "negativeList" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "retiredAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "assessment_standard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "standard_site_type" (
    "standardId" UUID NOT NULL,
    "siteTypeId" UUID NOT NULL,

    CONSTRAINT "standard_site_type_pkey" PRIMARY KEY ("standardId","siteTypeId")
);

-- CreateTable
CREATE TABLE "field_check" (
    "id" UUID NOT NULL,
    "inspectionId" UUID NOT NULL,
    "siteId" UUID NOT NULL,
    "standardId" UUID NOT NULL,
    "result" TEXT NOT NULL,
    "findingId" UUID,
    "note" TEXT NOT NULL DEFAULT '',
    "checkedById" UUID NOT NULL,
    "checkedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "field_check_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "material_requirement" (
    "id" UUID NOT NULL,
    "standardId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "unitId" UUID,
    "dueDate" DATE,
    "status" TEXT NOT NULL DEFAULT 'not_started',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "material_requirement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "material_file" (
    "id" UUID NOT NULL,
    "requirementId" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "uploadedById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "material_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "material_review" (
    "id" UUID NOT NULL,
    "requirementId" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "actorId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "material_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey" (
    "id" UUID NOT NULL,
    "systemId" UUID,
    "title" TEXT NOT NULL,
    "audience" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_question" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "measure" TEXT NOT NULL,
    "standardId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "survey_question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_response" (
    "id" UUID NOT NULL,
    "surveyId" UUID NOT NULL,
    "respondentRef" TEXT NOT NULL,
    "respondedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_answer" (
    "responseId" UUID NOT NULL,
    "questionId" UUID NOT NULL,
    "positive" BOOLEAN NOT NULL,

    CONSTRAINT "survey_answer_pkey" PRIMARY KEY ("responseId","questionId")
);

-- CreateTable
CREATE TABLE "score_snapshot" (
    "id" UUID NOT NULL,
    "systemId" UUID NOT NULL,
    "takenAt" TIMESTAMPTZ(3) NOT NULL,
    "takenById" UUID,
    "total" DECIMAL(7,3) NOT NULL,
    "detail" JSONB NOT NULL,

    CONSTRAINT "score_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "assessment_system_kind_edition_key" ON "assessment_system"("kind", "edition");

-- CreateIndex
CREATE INDEX "assessment_node_parentId_idx" ON "assessment_node"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_node_systemId_code_key" ON "assessment_node"("systemId", "code");

-- CreateIndex
CREATE INDEX "assessment_standard_contentId_idx" ON "assessment_standard"("contentId");

-- CreateIndex
CREATE UNIQUE INDEX "assessment_standard_systemId_code_key" ON "assessment_standard"("systemId", "code");

-- CreateIndex
CREATE INDEX "standard_site_type_siteTypeId_idx" ON "standard_site_type"("siteTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "field_check_findingId_key" ON "field_check"("findingId");

-- CreateIndex
CREATE INDEX "field_check_siteId_standardId_checkedAt_idx" ON "field_check"("siteId", "standardId", "checkedAt");

-- CreateIndex
CREATE INDEX "field_check_standardId_idx" ON "field_check"("standardId");

-- CreateIndex
CREATE UNIQUE INDEX "field_check_inspectionId_siteId_standardId_key" ON "field_check"("inspectionId", "siteId", "standardId");

-- CreateIndex
CREATE INDEX "material_requirement_standardId_idx" ON "material_requirement"("standardId");

-- CreateIndex
CREATE INDEX "material_requirement_unitId_status_idx" ON "material_requirement"("unitId", "status");

-- CreateIndex
CREATE INDEX "material_file_requirementId_idx" ON "material_file"("requirementId");

-- CreateIndex
CREATE INDEX "material_review_requirementId_idx" ON "material_review"("requirementId");

-- CreateIndex
CREATE UNIQUE INDEX "survey_question_surveyId_code_key" ON "survey_question"("surveyId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "survey_response_surveyId_respondentRef_key" ON "survey_response"("surveyId", "respondentRef");

-- CreateIndex
CREATE INDEX "survey_answer_questionId_positive_idx" ON "survey_answer"("questionId", "positive");

-- CreateIndex
CREATE INDEX "score_snapshot_systemId_takenAt_idx" ON "score_snapshot"("systemId", "takenAt");

-- CreateIndex
CREATE INDEX "finding_standardId_idx" ON "finding"("standardId");

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "assessment_standard"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_node" ADD CONSTRAINT "assessment_node_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "assessment_system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_node" ADD CONSTRAINT "assessment_node_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "assessment_node"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_standard" ADD CONSTRAINT "assessment_standard_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "assessment_system"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assessment_standard" ADD CONSTRAINT "assessment_standard_contentId_fkey" FOREIGN KEY ("contentId") REFERENCES "assessment_node"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standard_site_type" ADD CONSTRAINT "standard_site_type_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "assessment_standard"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "standard_site_type" ADD CONSTRAINT "standard_site_type_siteTypeId_fkey" FOREIGN KEY ("siteTypeId") REFERENCES "site_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_check" ADD CONSTRAINT "field_check_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "field_check" ADD CONSTRAINT "field_check_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "assessment_standard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "material_requirement" ADD CONSTRAINT "material_requirement_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "assessment_standard"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "material_file" ADD CONSTRAINT "material_file_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "material_requirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "material_review" ADD CONSTRAINT "material_review_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "material_requirement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey" ADD CONSTRAINT "survey_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "assessment_system"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_question" ADD CONSTRAINT "survey_question_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_question" ADD CONSTRAINT "survey_question_standardId_fkey" FOREIGN KEY ("standardId") REFERENCES "assessment_standard"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_response" ADD CONSTRAINT "survey_response_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "survey_response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "survey_answer" ADD CONSTRAINT "survey_answer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "survey_question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "score_snapshot" ADD CONSTRAINT "score_snapshot_systemId_fkey" FOREIGN KEY ("systemId") REFERENCES "assessment_system"("id") ON DELETE CASCADE ON UPDATE CASCADE;
