-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "responsible_unit" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "responsible_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "site_type" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "site_type_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "site" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "siteTypeId" UUID NOT NULL,
    "address" TEXT NOT NULL,
    "latitude" DECIMAL(9,6) NOT NULL,
    "longitude" DECIMAL(9,6) NOT NULL,
    "responsibleUnitId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "site_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "finding" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "siteId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "deadline" DATE,
    "dueAt" TIMESTAMPTZ(3),
    "foundAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "finding_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "responsible_unit_code_key" ON "responsible_unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "site_type_code_key" ON "site_type"("code");

-- CreateIndex
CREATE UNIQUE INDEX "site_code_key" ON "site"("code");

-- CreateIndex
CREATE INDEX "site_siteTypeId_idx" ON "site"("siteTypeId");

-- CreateIndex
CREATE INDEX "site_responsibleUnitId_idx" ON "site"("responsibleUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "finding_code_key" ON "finding"("code");

-- CreateIndex
CREATE INDEX "finding_status_dueAt_idx" ON "finding"("status", "dueAt");

-- CreateIndex
CREATE INDEX "finding_siteId_status_idx" ON "finding"("siteId", "status");

-- CreateIndex
CREATE INDEX "finding_category_status_idx" ON "finding"("category", "status");

-- AddForeignKey
ALTER TABLE "site" ADD CONSTRAINT "site_siteTypeId_fkey" FOREIGN KEY ("siteTypeId") REFERENCES "site_type"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "site" ADD CONSTRAINT "site_responsibleUnitId_fkey" FOREIGN KEY ("responsibleUnitId") REFERENCES "responsible_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "finding" ADD CONSTRAINT "finding_siteId_fkey" FOREIGN KEY ("siteId") REFERENCES "site"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
