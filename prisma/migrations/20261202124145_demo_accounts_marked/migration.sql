-- Demo accounts are marked as demo (issue 9): loadDemoData sets isDemo on every account of the
-- demo city, and the admin users list shows it; every other account stays false.
ALTER TABLE "app_user" ADD COLUMN     "isDemo" BOOLEAN NOT NULL DEFAULT false;
