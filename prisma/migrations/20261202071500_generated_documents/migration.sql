-- CreateEnum
CREATE TYPE "document_kind" AS ENUM ('task_list', 'supervision_notice', 'rectification_notice', 'unit_evaluation');

-- CreateTable
CREATE TABLE "generated_document" (
    "id" UUID NOT NULL,
    "kind" "document_kind" NOT NULL,
    "title" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "params" JSONB NOT NULL,
    "rowCount" INTEGER NOT NULL DEFAULT 0,
    "byteSize" INTEGER NOT NULL DEFAULT 0,
    "bytes" BYTEA,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "generated_document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "generated_document_createdAt_idx" ON "generated_document"("createdAt");
