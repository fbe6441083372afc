-- The vocabulary columns (states, roles, kinds) become enum types, one per list in @cw/domain
-- (docs/decisions/0010-typed-vocabulary.md). Written by hand from the generated diff, which
-- dropped and re-added each column: here every column keeps its rows, each value converted
-- in place. A value outside its list fails this migration, and it is rolled back as a whole.

-- CreateEnum
CREATE TYPE "role" AS ENUM ('admin', 'coordinator', 'inspector', 'unit_officer', 'leader');

-- CreateEnum
CREATE TYPE "unit_kind" AS ENUM ('district', 'bureau', 'street_office', 'company', 'other');

-- CreateEnum
CREATE TYPE "inspection_kind" AS ENUM ('routine', 'unannounced', 'mock_assessment', 'higher_supervision', 'follow_up');

-- CreateEnum
CREATE TYPE "finding_source" AS ENUM ('routine_inspection', 'unannounced_inspection', 'mock_assessment', 'higher_feedback', 'citizen_report');

-- CreateEnum
CREATE TYPE "severity" AS ENUM ('minor', 'normal', 'serious');

-- CreateEnum
CREATE TYPE "finding_status" AS ENUM ('new', 'assigned', 'in_progress', 'submitted', 'returned', 'partly_fixed', 'closed', 'cancelled');

-- CreateEnum
CREATE TYPE "task_resolution" AS ENUM ('verified', 'fixed_on_spot', 'duplicate');

-- CreateEnum
CREATE TYPE "progress_kind" AS ENUM ('progress', 'submission');

-- CreateEnum
CREATE TYPE "verification_result" AS ENUM ('passed', 'returned', 'partly_fixed');

-- CreateEnum
CREATE TYPE "escalation_level" AS ENUM ('supervision_notice', 'public_notice', 'interview');

-- CreateEnum
CREATE TYPE "finding_photo_kind" AS ENUM ('before', 'after');

-- CreateEnum
CREATE TYPE "calendar_day_kind" AS ENUM ('holiday', 'workday');

-- CreateEnum
CREATE TYPE "system_kind" AS ENUM ('civilized_city', 'minors', 'villages_towns');

-- CreateEnum
CREATE TYPE "node_level" AS ENUM ('item', 'indicator', 'content');

-- CreateEnum
CREATE TYPE "check_result" AS ENUM ('pass', 'fail', 'not_applicable');

-- CreateEnum
CREATE TYPE "material_status" AS ENUM ('not_started', 'drafted', 'submitted', 'returned', 'approved');

-- CreateEnum
CREATE TYPE "material_action" AS ENUM ('draft', 'submit', 'return', 'approve');

-- CreateEnum
CREATE TYPE "survey_audience" AS ENUM ('residents', 'minors');

-- CreateEnum
CREATE TYPE "survey_measure" AS ENUM ('awareness', 'participation', 'support', 'satisfaction');

-- AlterTable
ALTER TABLE "app_user" ALTER COLUMN "role" TYPE "role" USING "role"::"role";

-- AlterTable
ALTER TABLE "assessment_node" ALTER COLUMN "level" TYPE "node_level" USING "level"::"node_level";

-- A list column stays text[]: each element must be one of the methods (Prisma does not model
-- CHECK constraints; the migration owns this one).
ALTER TABLE "assessment_standard" ADD CONSTRAINT "assessment_standard_methods_check"
  CHECK ("methods" <@ ARRAY['field_inspection', 'materials_review', 'survey', 'briefing', 'online_survey', 'overall_observation']::text[]);

-- AlterTable
ALTER TABLE "assessment_system" ALTER COLUMN "kind" TYPE "system_kind" USING "kind"::"system_kind";

-- AlterTable
ALTER TABLE "calendar_day" ALTER COLUMN "kind" TYPE "calendar_day_kind" USING "kind"::"calendar_day_kind";

-- AlterTable
ALTER TABLE "escalation" ALTER COLUMN "level" TYPE "escalation_level" USING "level"::"escalation_level";

-- AlterTable
ALTER TABLE "field_check" ALTER COLUMN "result" TYPE "check_result" USING "result"::"check_result";

-- AlterTable
ALTER TABLE "finding" ALTER COLUMN "severity" DROP DEFAULT,
  ALTER COLUMN "severity" TYPE "severity" USING "severity"::"severity",
  ALTER COLUMN "severity" SET DEFAULT 'normal';

-- AlterTable
ALTER TABLE "finding" ALTER COLUMN "source" DROP DEFAULT,
  ALTER COLUMN "source" TYPE "finding_source" USING "source"::"finding_source",
  ALTER COLUMN "source" SET DEFAULT 'routine_inspection';

-- AlterTable
ALTER TABLE "finding_photo" ALTER COLUMN "kind" DROP DEFAULT,
  ALTER COLUMN "kind" TYPE "finding_photo_kind" USING "kind"::"finding_photo_kind",
  ALTER COLUMN "kind" SET DEFAULT 'before';

-- AlterTable
ALTER TABLE "inspection" ALTER COLUMN "kind" TYPE "inspection_kind" USING "kind"::"inspection_kind";

-- AlterTable
ALTER TABLE "material_requirement" ALTER COLUMN "status" DROP DEFAULT,
  ALTER COLUMN "status" TYPE "material_status" USING "status"::"material_status",
  ALTER COLUMN "status" SET DEFAULT 'not_started';

-- AlterTable
ALTER TABLE "material_review" ALTER COLUMN "action" TYPE "material_action" USING "action"::"material_action";

-- AlterTable
ALTER TABLE "progress_update" ALTER COLUMN "kind" DROP DEFAULT,
  ALTER COLUMN "kind" TYPE "progress_kind" USING "kind"::"progress_kind",
  ALTER COLUMN "kind" SET DEFAULT 'progress';

-- AlterTable
ALTER TABLE "rectification_task" ALTER COLUMN "status" TYPE "finding_status" USING "status"::"finding_status";

-- AlterTable
ALTER TABLE "rectification_task" ALTER COLUMN "resolution" TYPE "task_resolution" USING "resolution"::"task_resolution";

-- AlterTable
ALTER TABLE "responsible_unit" ALTER COLUMN "kind" TYPE "unit_kind" USING "kind"::"unit_kind";

-- AlterTable
ALTER TABLE "survey" ALTER COLUMN "audience" TYPE "survey_audience" USING "audience"::"survey_audience";

-- AlterTable
ALTER TABLE "survey_question" ALTER COLUMN "measure" TYPE "survey_measure" USING "measure"::"survey_measure";

-- AlterTable
ALTER TABLE "verification" ALTER COLUMN "result" TYPE "verification_result" USING "result"::"verification_result";
