// A small city for the materials tests: the task fixture's units and users, a second
// coordinator, and a system with materials standards (plus one that is field only).
import { createHash, randomUUID } from "node:crypto";
import type { PrismaClient, SignedInUser } from "@cw/db";
import { createTaskFixture, createTestUser, type TaskFixture } from "@cw/db/testing";
import type { MaterialStatus } from "@cw/domain";
import { createAssessmentSystem } from "./assessment-fixture.ts";

export interface MaterialsFixture extends TaskFixture {
  coordinator2: SignedInUser;
  systemId: string;
  standards: Record<"M1" | "M2" | "B1" | "F1", string>;
  /** A requirement in `status`, as the workflow would have left it (submitted by officer A). */
  requirementIn(
    status: MaterialStatus,
    options?: {
      unitId?: string | null;
      files?: number;
      dueDate?: string | null;
      standardId?: string;
    },
  ): Promise<string>;
}

export async function createMaterialsFixture(prisma: PrismaClient): Promise<MaterialsFixture> {
  const base = await createTaskFixture(prisma);
  const coordinator2 = await createTestUser(prisma, "coordinator");
  const { systemId, standards } = await createAssessmentSystem(prisma, {
    kind: "civilized_city",
    edition: 2021,
    standards: [
      { code: "M1", points: 4, methods: ["materials_review"] },
      { code: "M2", points: 2, methods: ["materials_review", "field_inspection"] },
      { code: "B1", points: 1, methods: ["briefing"] },
      { code: "F1", points: 3, methods: ["field_inspection"], siteTypeIds: [] },
    ],
  });
  const bytes = Buffer.from("%PDF-1.7\n% fixture\n%%EOF\n");
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await prisma.photoContent.create({ data: { sha256, bytes } });
  return {
    ...base,
    coordinator2,
    systemId,
    standards: standards as MaterialsFixture["standards"],
    async requirementIn(status, options = {}) {
      const id = randomUUID();
      await prisma.materialRequirement.create({
        data: {
          id,
          standardId: options.standardId ?? (standards.M1 as string),
          title: "创建工作方案",
          unitId: options.unitId === undefined ? base.unitA : options.unitId,
          dueDate: options.dueDate ? new Date(`${options.dueDate}T00:00:00Z`) : null,
          status,
        },
      });
      for (let i = 0; i < (options.files ?? 1); i++) {
        await prisma.materialFile.create({
          data: {
            requirementId: id,
            fileName: `方案${i + 1}.pdf`,
            mimeType: "application/pdf",
            byteSize: bytes.length,
            sha256,
            uploadedById: base.users.officerA.id,
          },
        });
      }
      if (status === "submitted" || status === "approved") {
        await prisma.materialReview.create({
          data: { requirementId: id, action: "submit", actorId: base.users.officerA.id },
        });
      }
      return id;
    },
  };
}
