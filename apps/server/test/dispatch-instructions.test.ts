// A dispatch carries the coordinator's instructions (派发要求) and attachments (issue 12): the
// unit reads them on the task page as the first entry of its progress, with the photo, which
// an officer of that unit may open (photos are scoped like their tasks) and another unit's may not.
import {
  createTaskFixture,
  createTestDatabase,
  createTestPhoto,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, domainErrorOf } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z");

describe.each(testEngines())("dispatch instructions on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  const as = (who: keyof TaskFixture["users"]) => callerFor(db, f.users[who], NOW);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  it("keeps the instructions and the attachment with the task, for the unit to read", async () => {
    const { findingId } = await f.task("new");
    const scan = await createTestPhoto(db.prisma, f.users.coordinator.id);
    await as("coordinator").tasks.transition({
      action: "dispatch",
      findingId,
      expectedVersion: 1,
      unitId: f.unitA,
      instructions: "  请于周五前更换破损座椅，并拍照上传整改前后对比  ",
      photoIds: [scan],
    });
    const detail = await as("officerA").tasks.get({ findingId });
    expect(detail.progress).toMatchObject([
      {
        kind: "instruction",
        authorId: f.users.coordinator.id,
        note: "请于周五前更换破损座椅，并拍照上传整改前后对比",
        photos: [{ id: scan }],
      },
    ]);
  });

  it("writes no entry for a dispatch without instructions, and refuses a photo not theirs", async () => {
    const { findingId } = await f.task("new");
    await as("coordinator").tasks.transition({
      action: "dispatch",
      findingId,
      expectedVersion: 1,
      unitId: f.unitA,
    });
    expect((await as("coordinator").tasks.get({ findingId })).progress).toEqual([]);

    const other = await f.task("new");
    const error = await domainErrorOf(
      as("coordinator").tasks.transition({
        action: "dispatch",
        findingId: other.findingId,
        expectedVersion: 1,
        unitId: f.unitA,
        instructions: "附件",
        photoIds: [f.officerPhotoId],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    const task = await db.prisma.rectificationTask.findUniqueOrThrow({
      where: { findingId: other.findingId },
    });
    expect([task.status, task.version]).toEqual(["new", 1]);
  });
});
