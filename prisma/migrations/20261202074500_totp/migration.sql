-- Optional TOTP two-factor sign-in for admins and coordinators (docs/decisions/0018-totp.md).
-- The secret is sealed with the secret box (AES-256-GCM); totpEnabledAt is set once the
-- user confirmed a code; totpLastStep refuses a code used twice.
ALTER TABLE "app_user" ADD COLUMN     "totpSecret" TEXT,
ADD COLUMN     "totpEnabledAt" TIMESTAMPTZ(3),
ADD COLUMN     "totpLastStep" INTEGER;
