-- The head and liaison columns were copied into unit_contact by 20261202055912_owners_and_notifications;
-- from here on a unit's people live only there (one way to name them).
-- AlterTable
ALTER TABLE "responsible_unit" DROP COLUMN "headName",
DROP COLUMN "headPhone",
DROP COLUMN "liaisonName",
DROP COLUMN "liaisonPhone";
