// The overview fixture (overview-fixture.ts) with what the unit evaluation adds, each row
// chosen so the scores can be worked out on paper (see unit-evaluation.test.ts):
// B1 escalated; B1's fix returned and B3's found partly fixed at verification; A4 reopened;
// field checks on 1 Nov of two standards (6 and 4 points) at A's market s1 (6 of 10 points
// pass) and B's station s2 (10 of 10); C's market s3 not checked.
import { randomUUID } from "node:crypto";
import type { PrismaClient, SignedInUser } from "@cw/db";
import { NOW, type OverviewFixture, seedOverview } from "./overview-fixture.ts";

export async function seedEvaluation(
  prisma: PrismaClient,
  staff: { coordinator: SignedInUser; inspector: SignedInUser },
): Promise<OverviewFixture> {
  const fx = await seedOverview(prisma);
  const task = (code: string) =>
    prisma.rectificationTask.findUniqueOrThrow({
      where: { id: fx.taskIds[code] as string },
      select: { id: true, findingId: true },
    });
  const [a4, b1, b3] = [await task("A4"), await task("B1"), await task("B3")];
  const by = staff.coordinator.id;
  await prisma.escalation.create({
    data: { taskId: b1.id, level: "supervision_notice", noticeText: "督办", issuedById: by },
  });
  await prisma.verification.createMany({
    data: [
      { taskId: b1.id, result: "returned", verifierId: by, comment: "照片不清" },
      { taskId: b3.id, result: "partly_fixed", verifierId: by, comment: "仍有积水" },
      // A pass does not count against the unit.
      { taskId: a4.id, result: "passed", verifierId: by },
    ],
  });
  await prisma.auditEvent.create({
    data: {
      actorId: by,
      entityType: "task",
      entityId: a4.findingId,
      action: "reopen",
      reason: "回头看反弹",
      at: NOW,
    },
  });

  const system = await prisma.assessmentSystem.create({
    data: { kind: "civilized_city", edition: 2021, name: "测试体系", isSample: true },
  });
  const node = (code: string, level: "item" | "indicator" | "content", parentId: string | null) =>
    prisma.assessmentNode.create({
      data: { systemId: system.id, code, level, title: code, parentId },
    });
  const item = await node("Ⅰ", "item", null);
  const indicator = await node("Ⅰ-1", "indicator", item.id);
  const content = await node("Ⅰ-1-1", "content", indicator.id);
  const standard = async (code: string, points: number) =>
    (
      await prisma.assessmentStandard.create({
        data: {
          systemId: system.id,
          contentId: content.id,
          code,
          text: `标准${code}`,
          points,
          methods: ["field_inspection"],
          siteTypes: { create: [{ siteTypeId: fx.market }, { siteTypeId: fx.station }] },
        },
        select: { id: true },
      })
    ).id;
  const [s6, s4] = [await standard("E1", 6), await standard("E2", 4)];
  const inspection = await prisma.inspection.create({
    data: {
      code: `I${randomUUID().slice(0, 8)}`,
      kind: "mock_assessment",
      date: new Date("2026-11-01T00:00:00Z"),
      createdById: staff.inspector.id,
    },
  });
  const siteOf = async (unitId: string) =>
    (
      await prisma.site.findFirstOrThrow({
        where: { responsibleUnitId: unitId },
        select: { id: true },
      })
    ).id;
  const [s1, s2] = [await siteOf(fx.units.A), await siteOf(fx.units.B)];
  const check = (siteId: string, standardId: string, result: "pass" | "fail") => ({
    inspectionId: inspection.id,
    siteId,
    standardId,
    result,
    checkedById: staff.inspector.id,
    checkedAt: new Date("2026-11-01T02:00:00Z"),
  });
  await prisma.fieldCheck.createMany({
    data: [
      check(s1, s6, "pass"),
      check(s1, s4, "fail"),
      check(s2, s6, "pass"),
      check(s2, s4, "pass"),
    ],
  });
  return fx;
}
