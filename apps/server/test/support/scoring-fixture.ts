import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@cw/db";
import {
  createTestUser,
  findingRecords,
  siteRecord,
  siteTypeRecord,
  unitRecord,
} from "@cw/db/testing";
import type { CheckResult, Method, NodeLevel } from "@cw/domain";

/**
 * The small tree of packages/domain/test/projected-score.test.ts, with its evidence stored the
 * way the product stores it: field checks at sites, materials with review states, survey answers.
 *  S1 10 pts field: 4 sites checked, 3 pass              → 0.75
 *  S2  6 pts materials: 2 requirements, 1 approved        → 0.5
 *  S3  4 pts field + materials: 1 site passes, no materials → (1 + 0) / 2
 *  S4  5 pts survey: 45 of 50 positive                    → 0.9
 *  S5  5 pts survey: 10 of 12 positive (sample < 30)      → unmeasured
 *  S6  2 pts field, negative list: 1 of 2 sites pass      → deducts 1
 */
export async function createScoringFixture(prisma: PrismaClient) {
  const inspector = await createTestUser(prisma, "inspector");
  const unit = unitRecord();
  const type = siteTypeRecord({ name: "农贸市场" });
  await prisma.responsibleUnit.create({ data: unit });
  await prisma.siteType.create({ data: type });
  const sites = Array.from({ length: 4 }, () =>
    siteRecord({ siteTypeId: type.id, responsibleUnitId: unit.id }),
  );
  await prisma.site.createMany({ data: sites });
  const system = await prisma.assessmentSystem.create({
    data: { kind: "civilized_city", edition: 2021, name: "测试体系", isSample: true },
  });
  const node = (code: string, level: NodeLevel, parentId: string | null) =>
    prisma.assessmentNode.create({
      data: { systemId: system.id, code, level, title: code, parentId },
    });
  const i1 = await node("Ⅰ", "item", null);
  const d1 = await node("Ⅰ-1", "indicator", i1.id);
  const c1 = await node("Ⅰ-1-1", "content", d1.id);
  const i2 = await node("Ⅱ", "item", null);
  const d2 = await node("Ⅱ-1", "indicator", i2.id);
  const c2 = await node("Ⅱ-1-1", "content", d2.id);
  const standard = async (
    code: string,
    contentId: string,
    points: number,
    methods: Method[],
    negativeList = false,
  ) =>
    (
      await prisma.assessmentStandard.create({
        data: {
          systemId: system.id,
          contentId,
          code,
          text: `标准${code}`,
          points,
          methods,
          negativeList,
          siteTypes: { create: [{ siteTypeId: type.id }] },
        },
      })
    ).id;
  const s = {
    S1: await standard("S1", c1.id, 10, ["field_inspection"]),
    S2: await standard("S2", c1.id, 6, ["materials_review"]),
    S3: await standard("S3", c1.id, 4, ["field_inspection", "materials_review"]),
    S4: await standard("S4", c2.id, 5, ["survey"]),
    S5: await standard("S5", c2.id, 5, ["survey"]),
    S6: await standard("S6", c2.id, 2, ["field_inspection"], true),
  };
  const inspection = await prisma.inspection.create({
    data: {
      code: `I${randomUUID().slice(0, 8)}`,
      kind: "mock_assessment",
      date: new Date("2026-11-01T00:00:00Z"),
      createdById: inspector.id,
    },
  });
  const check = (
    siteIndex: number,
    standardId: string,
    result: CheckResult,
    checkedAt = "2026-11-01T02:00:00Z",
  ) =>
    prisma.fieldCheck.create({
      data: {
        inspectionId: inspection.id,
        siteId: sites[siteIndex]?.id as string,
        standardId,
        result,
        checkedById: inspector.id,
        checkedAt: new Date(checkedAt),
      },
    });
  await check(0, s.S1, "pass");
  await check(1, s.S1, "pass");
  await check(2, s.S1, "pass");
  await check(3, s.S1, "fail");
  await check(0, s.S3, "pass");
  await check(1, s.S3, "not_applicable");
  await check(0, s.S6, "pass");
  await check(1, s.S6, "fail");
  await prisma.materialRequirement.createMany({
    data: [
      { standardId: s.S2, title: "工作方案", status: "approved" },
      { standardId: s.S2, title: "台账", status: "submitted" },
    ],
  });
  const survey = await prisma.survey.create({
    data: {
      systemId: system.id,
      title: "市民满意度调查",
      audience: "residents",
      periodStart: new Date("2026-10-01T00:00:00Z"),
      periodEnd: new Date("2026-10-31T00:00:00Z"),
      questions: {
        create: [
          { code: "Q1", text: "满意吗", measure: "satisfaction", standardId: s.S4 },
          { code: "Q2", text: "参与过吗", measure: "participation", standardId: s.S5 },
        ],
      },
    },
    include: { questions: true },
  });
  const [q1, q2] = survey.questions;
  for (let i = 0; i < 50; i++) {
    await prisma.surveyResponse.create({
      data: {
        surveyId: survey.id,
        respondentRef: `R${i}`,
        respondedAt: new Date("2026-10-10T00:00:00Z"),
        answers: {
          create: [
            { questionId: q1?.id as string, positive: i < 45 },
            ...(i < 12 ? [{ questionId: q2?.id as string, positive: i < 10 }] : []),
          ],
        },
      },
    });
  }
  // Findings against S1 and S2 for the "where do we lose points" list.
  const site = sites[0]?.id as string;
  const open = findingRecords({
    siteId: site,
    status: "in_progress",
    unitId: unit.id,
    deadline: "2026-11-10",
  });
  const overdueToo = findingRecords({
    siteId: site,
    status: "assigned",
    unitId: unit.id,
    deadline: "2026-11-05",
  });
  const closed = findingRecords({
    siteId: site,
    status: "closed",
    unitId: unit.id,
    deadline: "2026-11-05",
  });
  const onS2 = findingRecords({ siteId: site, status: "new" });
  for (const [r, standardId] of [
    [open, s.S1],
    [overdueToo, s.S1],
    [closed, s.S1],
    [onS2, s.S2],
  ] as const) {
    await prisma.finding.create({ data: { ...r.finding, standardId } });
    await prisma.rectificationTask.create({ data: r.task });
  }
  return {
    systemId: system.id,
    standards: s,
    nodes: { i1: i1.id, i2: i2.id, c1: c1.id },
    unitId: unit.id,
  };
}
