-- AlterEnum
ALTER TYPE "finding_source" ADD VALUE 'hotline';
