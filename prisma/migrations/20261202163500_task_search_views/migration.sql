-- CreateTable
CREATE TABLE "saved_task_view" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_task_view_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "saved_task_view_userId_name_key" ON "saved_task_view"("userId", "name");

-- CreateIndex
CREATE INDEX "site_address_trgm_idx" ON "site" USING GIN ("address" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "saved_task_view" ADD CONSTRAINT "saved_task_view_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
