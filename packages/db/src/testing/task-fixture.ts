import { createHash, randomBytes } from "node:crypto";
import type { FindingStatus } from "@cw/domain";
import { findingRecords, siteRecord, siteTypeRecord, unitRecord } from "../factories/records.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { SignedInUser } from "../services/sessions.ts";
import { createTestUser } from "./test-users.ts";

/** A small city for workflow tests: two units, a site, one user per role (two officers). */
export interface TaskFixture {
  unitA: string;
  unitB: string;
  siteId: string;
  users: {
    admin: SignedInUser;
    coordinator: SignedInUser;
    inspector: SignedInUser;
    officerA: SignedInUser;
    officerB: SignedInUser;
    leader: SignedInUser;
  };
  /** A photo the inspector uploaded, attached to nothing yet. */
  photoId: string;
  /** A photo unit A's officer uploaded (evidence they may attach; photos are scoped). */
  officerPhotoId: string;
  /** Creates a finding whose task is in `status`, as the workflow would have left it. */
  task(
    status: FindingStatus,
    overrides?: {
      submittedById?: string;
      deadline?: string | null;
      unitId?: string | null;
      ownerId?: string | null;
      code?: string;
      reporterId?: string | null;
      /** Unit A's officer asked for 2027-01-15 (the deadline being 2026-12-31), undecided. */
      extensionPending?: boolean;
    },
  ): Promise<{
    findingId: string;
    version: number;
  }>;
}

export async function createTaskFixture(prisma: PrismaClient): Promise<TaskFixture> {
  const a = unitRecord({ name: "市交通运输局" });
  const b = unitRecord({ name: "市市场监督管理局" });
  const type = siteTypeRecord({ name: "长途汽车站" });
  const site = siteRecord(
    { siteTypeId: type.id, responsibleUnitId: a.id },
    { name: "二级汽车客运站" },
  );
  await prisma.responsibleUnit.createMany({ data: [a, b] });
  await prisma.siteType.create({ data: type });
  await prisma.site.create({ data: site });
  const users = {
    admin: await createTestUser(prisma, "admin"),
    coordinator: await createTestUser(prisma, "coordinator"),
    inspector: await createTestUser(prisma, "inspector"),
    officerA: await createTestUser(prisma, "unit_officer", a.id),
    officerB: await createTestUser(prisma, "unit_officer", b.id),
    leader: await createTestUser(prisma, "leader"),
  };
  const photoId = await createTestPhoto(prisma, users.inspector.id);
  const officerPhotoId = await createTestPhoto(prisma, users.officerA.id);
  return {
    unitA: a.id,
    unitB: b.id,
    siteId: site.id,
    users,
    photoId,
    officerPhotoId,
    async task(status, overrides = {}) {
      // A pushed-back task has no unit, like a new one (unit A pushed it back).
      const dispatched = status !== "new" && status !== "pushed_back";
      const worked = ["in_progress", "submitted", "returned", "partly_fixed", "closed"].includes(
        status,
      );
      const { finding, task } = findingRecords({
        siteId: site.id,
        status,
        ...(overrides.code ? { code: overrides.code } : {}),
        ...(overrides.reporterId !== undefined ? { reporterId: overrides.reporterId } : {}),
        unitId: overrides.unitId !== undefined ? overrides.unitId : dispatched ? a.id : null,
        ownerId:
          overrides.ownerId !== undefined ? overrides.ownerId : worked ? users.officerA.id : null,
        submittedById:
          overrides.submittedById ??
          (["submitted", "closed"].includes(status) ? users.officerA.id : null),
        deadline:
          overrides.deadline !== undefined ? overrides.deadline : dispatched ? "2026-12-31" : null,
        closedAt: status === "closed" || status === "cancelled" ? new Date() : null,
      });
      await prisma.finding.create({ data: finding });
      const requestedAt = new Date("2026-11-18T02:00:00Z");
      await prisma.rectificationTask.create({
        data: {
          ...task,
          ...(status === "pushed_back"
            ? {
                pushedBackFromUnitId: a.id,
                pushedBackAt: requestedAt,
                pushBackReason: "该点位不属本单位管理",
              }
            : {}),
          ...(overrides.extensionPending ? { extensionRequestedAt: requestedAt } : {}),
        },
      });
      if (overrides.extensionPending) {
        await prisma.extensionRequest.create({
          data: {
            taskId: task.id,
            requestedById: users.officerA.id,
            requestedAt,
            reason: "需采购材料",
            previousDeadline: task.deadline ?? null,
            proposedDeadline: new Date("2027-01-15T00:00:00Z"),
          },
        });
      }
      return { findingId: finding.id, version: 1 };
    },
  };
}

/** A 1×1 PNG stored as a photo (the upload path is tested on its own). */
export async function createTestPhoto(prisma: PrismaClient, uploadedById: string): Promise<string> {
  const bytes = Buffer.concat([
    Buffer.from("89504e470d0a1a0a", "hex"),
    randomBytes(8), // distinct content each time
  ]);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await prisma.photoContent.create({ data: { sha256, bytes } });
  const photo = await prisma.photo.create({
    data: { sha256, mimeType: "image/png", byteSize: bytes.length, uploadedById },
  });
  return photo.id;
}
