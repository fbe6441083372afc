// The typed vocabulary (docs/decisions/0010): every enum in schema.prisma is the same list, in
// the same order, as its constant in @cw/domain; the database refuses a value outside it; and
// the migration that typed the columns kept the rows already there.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  CALENDAR_DAY_KINDS,
  CHECK_RESULTS,
  CITIZEN_BLOCK_KINDS,
  CITIZEN_REPORT_SOURCES,
  CITIZEN_REPORT_STATUSES,
  CONTACT_ROLES,
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  DOCUMENT_KINDS,
  ESCALATION_LEVELS,
  EXTENSION_STATUSES,
  FINDING_PHOTO_KINDS,
  FINDING_SOURCES,
  FINDING_STATUSES,
  INSPECTION_KINDS,
  MATERIAL_ACTIONS,
  MATERIAL_STATUSES,
  METHODS,
  NODE_LEVELS,
  NOTIFICATION_EVENTS,
  PROGRESS_KINDS,
  ROLES,
  SATISFACTION_ANSWERS,
  SECURITY_EVENT_KINDS,
  SEVERITIES,
  SURVEY_AUDIENCES,
  SURVEY_MEASURES,
  SYSTEM_KINDS,
  TASK_RESOLUTIONS,
  UNIT_KINDS,
  VERIFICATION_RESULTS,
} from "@cw/domain";
import { afterAll, describe, expect, it } from "vitest";
import * as enums from "../src/generated/prisma/enums.ts";
import { applyMigrations } from "../src/index.ts";
import {
  createTestDatabase,
  MIGRATIONS_DIR,
  readMigrationList,
  testEngines,
} from "../src/testing/index.ts";

const PAIRS: [string, Record<string, string>, readonly string[]][] = [
  ["Role", enums.Role, ROLES],
  ["CitizenReportSource", enums.CitizenReportSource, CITIZEN_REPORT_SOURCES],
  ["CitizenReportStatus", enums.CitizenReportStatus, CITIZEN_REPORT_STATUSES],
  ["CitizenBlockKind", enums.CitizenBlockKind, CITIZEN_BLOCK_KINDS],
  ["SatisfactionAnswer", enums.SatisfactionAnswer, SATISFACTION_ANSWERS],
  ["UnitKind", enums.UnitKind, UNIT_KINDS],
  ["InspectionKind", enums.InspectionKind, INSPECTION_KINDS],
  ["FindingSource", enums.FindingSource, FINDING_SOURCES],
  ["Severity", enums.Severity, SEVERITIES],
  ["FindingStatus", enums.FindingStatus, FINDING_STATUSES],
  ["TaskResolution", enums.TaskResolution, TASK_RESOLUTIONS],
  ["ProgressKind", enums.ProgressKind, PROGRESS_KINDS],
  ["VerificationResult", enums.VerificationResult, VERIFICATION_RESULTS],
  ["EscalationLevel", enums.EscalationLevel, ESCALATION_LEVELS],
  ["FindingPhotoKind", enums.FindingPhotoKind, FINDING_PHOTO_KINDS],
  ["CalendarDayKind", enums.CalendarDayKind, CALENDAR_DAY_KINDS],
  ["SystemKind", enums.SystemKind, SYSTEM_KINDS],
  ["NodeLevel", enums.NodeLevel, NODE_LEVELS],
  ["CheckResult", enums.CheckResult, CHECK_RESULTS],
  ["MaterialStatus", enums.MaterialStatus, MATERIAL_STATUSES],
  ["MaterialAction", enums.MaterialAction, MATERIAL_ACTIONS],
  ["SurveyAudience", enums.SurveyAudience, SURVEY_AUDIENCES],
  ["SurveyMeasure", enums.SurveyMeasure, SURVEY_MEASURES],
  ["ContactRole", enums.ContactRole, CONTACT_ROLES],
  ["NotificationEvent", enums.NotificationEvent, NOTIFICATION_EVENTS],
  ["DeliveryChannel", enums.DeliveryChannel, DELIVERY_CHANNELS],
  ["DeliveryStatus", enums.DeliveryStatus, DELIVERY_STATUSES],
  ["DocumentKind", enums.DocumentKind, DOCUMENT_KINDS],
  ["ExtensionStatus", enums.ExtensionStatus, EXTENSION_STATUSES],
  ["SecurityEventKind", enums.SecurityEventKind, SECURITY_EVENT_KINDS],
];

describe("the vocabulary in schema.prisma and in @cw/domain", () => {
  it("has one enum per domain list, with the same values in the same order", () => {
    for (const [name, values, list] of PAIRS)
      expect(Object.values(values), name).toEqual([...list]);
    expect(Object.keys(enums).sort()).toEqual(PAIRS.map(([name]) => name).sort());
  });
});

const scratch: string[] = [];
afterAll(async () => {
  await Promise.all(scratch.map((d) => rm(d, { recursive: true, force: true })));
});

describe.each(testEngines())("the typed columns on %s", (kind) => {
  it("refuse a value outside the list, and methods outside METHODS", async () => {
    const db = await createTestDatabase(kind);
    try {
      await expect(
        db.prisma.$executeRaw`INSERT INTO calendar_day (date, kind) VALUES ('2026-01-01', 'party')`,
      ).rejects.toThrow(/invalid input value for enum calendar_day_kind/);
      const [check] = await db.prisma.$queryRaw<{ definition: string }[]>`
        SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
         WHERE conname = 'assessment_standard_methods_check'`;
      const listed = [...(check?.definition ?? "").matchAll(/'([a-z_]+)'/g)].map((m) => m[1]);
      expect(listed).toEqual([...METHODS]);
    } finally {
      await db.destroy();
    }
  });

  it("keep the rows written as text before the migration that typed them", async () => {
    const dir = await mkdtemp(join(tmpdir(), "cw-vocabulary-"));
    scratch.push(dir);
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const all = (await readMigrationList(dir)).migrationDirectories.map((m) => m.path);
    const typed = all.find((name) => name.endsWith("_typed_vocabulary")) as string;
    const later = all.slice(all.indexOf(typed));
    // First the schema as it was: every migration before the typed vocabulary.
    for (const name of later) await rm(join(dir, name), { recursive: true });
    const db = await createTestDatabase(kind, { migrate: false });
    try {
      await applyMigrations(db, dir);
      const unit = "00000000-0000-4000-8000-000000000001";
      const user = "00000000-0000-4000-8000-000000000002";
      await db.prisma.$executeRaw`
        INSERT INTO responsible_unit (id, code, name, kind, "updatedAt")
        VALUES (${unit}::uuid, 'U1', '市交通运输局', 'bureau', now())`;
      await db.prisma.$executeRaw`
        INSERT INTO app_user (id, username, "displayName", "passwordHash", role, "unitId", "updatedAt")
        VALUES (${user}::uuid, 'officer', '张三', 'x', 'unit_officer', ${unit}::uuid, now())`;
      await db.prisma.$executeRaw`
        INSERT INTO calendar_day (date, kind, note) VALUES ('2026-10-08', 'holiday', '调休')`;
      // Then the rest, onto those rows.
      await applyMigrations(db);
      expect(
        await db.prisma.user.findUniqueOrThrow({ where: { id: user }, select: { role: true } }),
      ).toEqual({ role: "unit_officer" });
      expect(
        await db.prisma.responsibleUnit.findUniqueOrThrow({
          where: { id: unit },
          select: { kind: true },
        }),
      ).toEqual({ kind: "bureau" });
      expect(await db.prisma.calendarDay.findMany({ select: { kind: true, note: true } })).toEqual([
        { kind: "holiday", note: "调休" },
      ]);
    } finally {
      await db.destroy();
    }
  });
});
