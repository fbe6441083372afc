import { createHash } from "node:crypto";
import type { Method } from "@cw/domain";
import { hashPassword } from "../auth/password.ts";
import {
  findingRecords,
  siteRecord,
  siteTypeRecord,
  unitRecord,
  userRecord,
} from "../factories/records.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { demoEvidence } from "./demo-evidence.ts";
import { demoFindings } from "./demo-findings.ts";
import {
  DEMO_OPEN311_KEY,
  DEMO_PASSWORD,
  DEMO_SITE_TYPES,
  DEMO_SITES,
  DEMO_UNIT_CONTACTS,
  DEMO_UNITS,
  DEMO_USERS,
} from "./huayin-city.ts";
import { sampleAssessmentRecords } from "./sample-assessment-trees.ts";

export interface DemoLoadResult {
  loaded: boolean;
  units: number;
  sites: number;
  findings: number;
  users: number;
}

/**
 * Loads the demo city into an empty database, in one transaction. A database that already
 * holds any responsible unit is left exactly as it is, so restarts neither duplicate nor wipe.
 * `mustChangePassword`: the demo accounts' known password must be changed at first sign-in —
 * for a demo on a server database (issue 9), where others may reach it.
 */
export async function loadDemoData(
  prisma: PrismaClient,
  now: Date,
  options: { mustChangePassword?: boolean } = {},
): Promise<DemoLoadResult> {
  if ((await prisma.responsibleUnit.count()) > 0) {
    return { loaded: false, units: 0, sites: 0, findings: 0, users: 0 };
  }
  const units = DEMO_UNITS.map((u) => unitRecord({ ...u }));
  const unitId = new Map(units.map((u) => [u.code, u.id]));
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = DEMO_USERS.map((u) => ({
    ...userRecord({ ...u, unitId: u.unit ? (unitId.get(u.unit) ?? null) : null, passwordHash }),
    email: `${u.username}@example.org`,
    mustChangePassword: options.mustChangePassword ?? false,
    // Every demo account is marked (issue 9): the admin users list tells it from a real one.
    isDemo: true,
  }));
  const userId = new Map(DEMO_USERS.map((u, i) => [u.username as string, users[i]?.id as string]));
  const contacts = demoUnitContacts(unitId, userId);
  const types = DEMO_SITE_TYPES.map((t, i) => siteTypeRecord({ ...t, sortOrder: i }));
  const typeId = new Map(types.map((t) => [t.code, t.id]));
  // One sample tree per assessment system, written in the same transaction as the city.
  const samples = sampleAssessmentRecords(typeId);
  const sites = DEMO_SITES.map((s, i) => ({
    ...siteRecord(
      { siteTypeId: typeId.get(s.type) as string, responsibleUnitId: unitId.get(s.unit) as string },
      {
        code: s.code,
        name: s.name,
        address: s.address,
        latitude: s.lat,
        longitude: s.lng,
        isKeySite: true,
      },
    ),
    // The transport bureau's sites have its officer on site (包保责任人), so a dispatch there
    // suggests the unit and its owner; every other remaining site has a named contact.
    ...(s.unit === "U04"
      ? {
          contactName: "赵磊",
          contactMobile: "13909130004",
          contactUserId: userId.get("officer") as string,
        }
      : {}),
    ...(s.unit !== "U04" && i % 2 === 0
      ? { contactName: "现场负责人", contactMobile: `1390913${String(1000 + i)}` }
      : {}),
  }));
  const site = new Map(
    DEMO_SITES.map((s, i) => [s.code, { id: sites[i]?.id as string, unit: s.unit }]),
  );
  const officerOf = new Map<string, string>();
  DEMO_USERS.forEach((u, i) => {
    const id = users[i]?.id;
    if (u.role === "unit_officer" && u.unit && id) officerOf.set(u.unit, id);
  });
  const inspector = users.find((u) => u.role === "inspector")?.id ?? null;
  const records = demoFindings(now).map((f) => {
    const at = site.get(f.siteCode) as { id: string; unit: string };
    const dispatched = f.status !== "new";
    // Dispatched open tasks have their unit's officer as owner — the overdue ones included.
    const owner = ["assigned", "in_progress", "submitted", "returned", "partly_fixed"].includes(
      f.status,
    )
      ? (officerOf.get(at.unit) ?? null)
      : null;
    return findingRecords({
      ...f,
      siteId: at.id,
      unitId: dispatched ? (unitId.get(at.unit) ?? null) : null,
      ownerId: owner,
      submittedById: f.status === "submitted" ? owner : null,
      reporterId: inspector,
    });
  });
  const evidence = demoEvidence({
    now,
    inspectorId: inspector ?? (users[0]?.id as string),
    coordinatorUnitId: unitId.get("U01") as string,
    systems: samples.systems.map((x) => ({ id: x.id as string, kind: x.kind })),
    standards: samples.standards.map((x) => ({
      id: x.id as string,
      systemId: x.systemId,
      methods: x.methods as Method[],
    })),
    links: samples.links,
    sites: sites.map((x) => ({ id: x.id, siteTypeId: x.siteTypeId })),
  });
  await prisma.$transaction([
    prisma.responsibleUnit.createMany({ data: units }),
    prisma.siteType.createMany({ data: types }),
    prisma.user.createMany({ data: users }),
    prisma.site.createMany({ data: sites }),
    prisma.unitContact.createMany({ data: contacts }),
    prisma.finding.createMany({ data: records.map((r) => r.finding) }),
    prisma.rectificationTask.createMany({ data: records.map((r) => r.task) }),
    prisma.assessmentSystem.createMany({ data: samples.systems }),
    prisma.assessmentNode.createMany({ data: samples.nodes }),
    prisma.assessmentStandard.createMany({ data: samples.standards }),
    prisma.standardSiteType.createMany({ data: samples.links }),
    prisma.inspection.create({ data: evidence.inspection }),
    prisma.inspectionSite.createMany({
      data: evidence.siteIds.map((siteId) => ({ inspectionId: evidence.inspection.id, siteId })),
    }),
    prisma.fieldCheck.createMany({ data: evidence.checks }),
    prisma.materialRequirement.createMany({ data: evidence.materials }),
    ...evidence.surveys.flatMap((s) => [
      prisma.survey.create({ data: s.survey }),
      prisma.surveyQuestion.createMany({
        data: s.questions.map((q) => ({ ...q, surveyId: s.survey.id })),
      }),
      prisma.surveyResponse.createMany({
        data: s.responses.map((r) => ({
          ...r,
          surveyId: s.survey.id,
          respondedAt: s.survey.periodStart,
        })),
      }),
      prisma.surveyAnswer.createMany({ data: s.answers }),
    ]),
    prisma.apiClient.create({
      data: {
        name: "12345 市民热线平台（演示）",
        keyHash: createHash("sha256").update(DEMO_OPEN311_KEY).digest("hex"),
      },
    }),
  ]);
  return {
    loaded: true,
    units: units.length,
    sites: sites.length,
    findings: records.length,
    users: users.length,
  };
}

/** The units' heads and liaisons: users where the demo has one, contacts otherwise. */
function demoUnitContacts(unitId: Map<string, string>, userId: Map<string, string>) {
  return DEMO_UNIT_CONTACTS.flatMap((c, i) => {
    const unit = unitId.get(c.unit) as string;
    const mobile = (n: number) => `1380913${String(n).padStart(4, "0")}`;
    const liaison =
      typeof c.liaison === "string"
        ? {
            name: c.liaison,
            mobile: mobile(i * 2 + 2),
            email: `liaison.${c.unit.toLowerCase()}@example.org`,
          }
        : {
            name:
              DEMO_USERS.find((u) => u.username === (c.liaison as { user: string }).user)
                ?.displayName ?? "",
            userId: userId.get((c.liaison as { user: string }).user) as string,
          };
    return [
      {
        unitId: unit,
        role: "head" as const,
        name: c.head,
        mobile: mobile(i * 2 + 1),
        email: `head.${c.unit.toLowerCase()}@example.org`,
      },
      { unitId: unit, role: "liaison" as const, ...liaison },
    ];
  });
}
