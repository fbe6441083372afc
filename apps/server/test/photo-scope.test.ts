// Photos are scoped like the tasks they belong to: an officer of unit A can neither read
// unit B's progress photo nor attach it to their own progress; an unattached upload is its
// uploader's alone (issue 9: an officer read another unit's photo by id and attached it).
import { getPhoto, type SignedInUser, serviceContext } from "@cw/db";
import {
  createTaskFixture,
  createTestDatabase,
  createTestPhoto,
  createTestUser,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, domainErrorOf } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z");

describe.each(testEngines())("photo scope on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let taskA: { findingId: string };
  let taskB: { findingId: string };
  let photoB: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    taskA = await f.task("in_progress");
    taskB = await f.task("in_progress", { unitId: f.unitB });
    // Unit B's officer posts progress on B's task with a photo of their own.
    photoB = await createTestPhoto(db.prisma, f.users.officerB.id);
    await callerFor(db, f.users.officerB, NOW).tasks.postProgress({
      findingId: taskB.findingId,
      note: "已清理完毕",
      photoIds: [photoB],
    });
  });
  afterAll(() => db.destroy());

  const canRead = async (actor: SignedInUser, id: string) =>
    (await getPhoto(serviceContext(db.prisma, actor, { now: NOW }), { id })) !== null;

  it("lets unit B, the uploader and the city roles read B's progress photo, not unit A", async () => {
    expect(await canRead(f.users.officerA, photoB)).toBe(false);
    expect(await canRead(f.users.officerB, photoB)).toBe(true);
    const colleagueB = await createTestUser(db.prisma, "unit_officer", f.unitB);
    expect(await canRead(colleagueB, photoB)).toBe(true);
    for (const role of ["admin", "coordinator", "inspector", "leader"] as const)
      expect(await canRead(f.users[role], photoB)).toBe(true);
  });

  it("refuses unit A attaching B's photo to A's progress, and stores nothing", async () => {
    const before = await db.prisma.progressUpdate.count();
    const refused = await domainErrorOf(
      callerFor(db, f.users.officerA, NOW).tasks.postProgress({
        findingId: taskA.findingId,
        note: "借用照片",
        photoIds: [photoB],
      }),
    );
    expect([refused.code, refused.key, refused.fields]).toEqual([
      "BAD_REQUEST",
      "photo.not_found",
      { photoIds: "photo.not_found" },
    ]);
    expect(await db.prisma.progressUpdate.count()).toBe(before);
  });

  it("keeps an unattached upload to its uploader, who may attach it", async () => {
    const loose = await createTestPhoto(db.prisma, f.users.officerA.id);
    expect(await canRead(f.users.officerA, loose)).toBe(true);
    expect(await canRead(f.users.coordinator, loose)).toBe(false);
    expect(await canRead(f.users.officerB, loose)).toBe(false);
    const attach = (actor: SignedInUser) =>
      callerFor(db, actor, NOW).tasks.postProgress({
        findingId: taskA.findingId,
        note: "整改中",
        photoIds: [loose],
      });
    const colleagueA = await createTestUser(db.prisma, "unit_officer", f.unitA);
    expect((await domainErrorOf(attach(colleagueA))).key).toBe("photo.not_found");
    await attach(f.users.officerA);
    // Attached to A's task, it is now A's evidence: A's colleague and the city see it.
    expect(await canRead(colleagueA, loose)).toBe(true);
    expect(await canRead(f.users.coordinator, loose)).toBe(true);
    expect(await canRead(f.users.officerB, loose)).toBe(false);
  });
});
