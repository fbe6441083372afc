// The records apps/server/test/open311.test.ts checks the Open311 interface against: one
// finding of every kind, with every value known, next to the demo city.
import { createHash, randomUUID } from "node:crypto";
import { loadDemoData } from "@cw/db";
import {
  findingRecords,
  siteRecord,
  siteTypeRecord,
  type TestDatabase,
  unitRecord,
} from "@cw/db/testing";

export const RETIRED_KEY = "retired-key";
export const sha256 = (s: string | Uint8Array) => createHash("sha256").update(s).digest("hex");

export const taskUnit = unitRecord({ name: "市城市管理执法局（测试）" });
export const siteUnit = unitRecord({ name: "测试街道办事处" });
const siteType = siteTypeRecord();
export const site = siteRecord(
  { siteTypeId: siteType.id, responsibleUnitId: siteUnit.id },
  { address: "华阴市测试路8号", latitude: 34.5, longitude: 110.1 },
);
const inCategory = { siteId: site.id, category: "o311_test" };
export const open = findingRecords({
  ...inCategory,
  code: "OPEN-1",
  status: "in_progress",
  description: "盲道被占用",
  unitId: taskUnit.id,
  foundAt: new Date("2026-11-18T02:00:00Z"),
  deadline: "2026-11-25",
});
export const closed = findingRecords({
  ...inCategory,
  code: "CLOSED-1",
  status: "closed",
  foundAt: new Date("2026-10-01T01:00:00Z"),
});
export const old = findingRecords({
  ...inCategory,
  code: "OLD-1",
  status: "assigned",
  foundAt: new Date("2026-06-01T01:00:00Z"),
});
export const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const photo = (createdAt: string) => ({
  id: randomUUID(),
  sha256: sha256(bytes),
  mimeType: "image/png",
  byteSize: bytes.length,
  uploadedById: randomUUID(),
  createdAt: new Date(createdAt),
});
export const [firstPhoto, laterPhoto, unlinkedPhoto] = [
  photo("2026-11-18T02:01:00Z"),
  photo("2026-11-18T02:05:00Z"),
  photo("2026-11-18T02:06:00Z"),
];

export async function seedOpen311(db: TestDatabase, now: Date): Promise<void> {
  await loadDemoData(db.prisma, now);
  const p = db.prisma;
  await p.responsibleUnit.createMany({ data: [taskUnit, siteUnit] });
  await p.siteType.create({ data: siteType });
  await p.site.create({ data: site });
  await p.findingCategory.createMany({
    data: [
      {
        code: "o311_test",
        name: "测试类别",
        nameEn: "Test",
        defaultDeadlineDays: 4,
        sortOrder: 90,
      },
      {
        code: "o311_retired",
        name: "停用类别",
        nameEn: "Retired",
        defaultDeadlineDays: 4,
        active: false,
      },
    ],
  });
  await p.finding.createMany({
    data: [
      { ...open.finding, latitude: 34.561234, longitude: 110.087654 },
      closed.finding,
      old.finding,
    ],
  });
  await p.rectificationTask.createMany({
    data: [open.task, { ...closed.task, resolution: "fixed_on_spot" }, old.task],
  });
  await p.photoContent.create({ data: { sha256: sha256(bytes), bytes } });
  await p.photo.createMany({ data: [laterPhoto, firstPhoto, unlinkedPhoto] });
  await p.findingPhoto.createMany({
    data: [laterPhoto, firstPhoto].map((ph) => ({ findingId: open.finding.id, photoId: ph.id })),
  });
  await p.apiClient.create({
    data: { name: "停用系统", keyHash: sha256(RETIRED_KEY), active: false },
  });
}
