-- AlterTable
ALTER TABLE "photo_content" ADD COLUMN     "thumbnail" BYTEA;
