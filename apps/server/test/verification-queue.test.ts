// The verifier's queue (待复查, issue 12): submitted fixes the caller may verify, nearest first
// from the phone's position, else the longest waiting first. Fixture: the site 二级汽车客运站 at
// (34.5658, 110.0921); distances worked by hand with the equirectangular formula
// (R = 6,371,000 m):
//   VQ-1  at the site itself (no position of its own)            0 m,   submitted 11-19 03:00
//   VQ-2  its own position 0.01° north:  R·rad(0.01)         = 1112 m,  submitted 11-18 03:00
//   VQ-3  its own position 0.01° east:   R·cos(34.5658°)·rad(0.01) = 916 m, submitted 11-18 09:00
//   VQ-4  submitted by the inspector asking (never theirs to verify)
//   VQ-5  in progress (not awaiting verification)
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";

const NOW = new Date("2026-11-20T02:00:00Z");

describe.each(testEngines())("the verification queue on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  const queue = (who: keyof TaskFixture["users"], input = {}) =>
    callerFor(db, f.users[who], NOW).tasks.verificationQueue(input);

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    const rows: [string, string, [number, number] | null, string | null][] = [
      ["VQ-1", "2026-11-19T03:00:00Z", null, null],
      ["VQ-2", "2026-11-18T03:00:00Z", [34.5758, 110.0921], null],
      ["VQ-3", "2026-11-18T09:00:00Z", [34.5658, 110.1021], null],
      ["VQ-4", "2026-11-17T03:00:00Z", null, f.users.inspector.id],
    ];
    for (const [code, submittedAt, position, submittedById] of rows) {
      const { findingId } = await f.task("submitted", {
        code,
        ...(submittedById ? { submittedById } : {}),
      });
      await db.prisma.rectificationTask.update({
        where: { findingId },
        data: { submittedAt: new Date(submittedAt) },
      });
      if (position) {
        await db.prisma.finding.update({
          where: { id: findingId },
          data: { latitude: position[0], longitude: position[1] },
        });
      }
    }
    await f.task("in_progress", { code: "VQ-5" });
  });
  afterAll(() => db.destroy());

  it("puts the nearest first from the phone's position, with the distance", async () => {
    const { items } = await queue("inspector", { latitude: 34.5658, longitude: 110.0921 });
    expect(items.map((i) => [i.code, i.distanceMeters])).toEqual([
      ["VQ-1", 0],
      ["VQ-3", 916],
      ["VQ-2", 1112],
    ]);
    expect(items[0]).toMatchObject({ status: "submitted", siteName: "二级汽车客运站" });
  });

  it("without a position, the longest waiting first; the submitter's own fix is left out", async () => {
    const { items } = await queue("inspector");
    expect(items.map((i) => [i.code, i.distanceMeters])).toEqual([
      ["VQ-2", null],
      ["VQ-3", null],
      ["VQ-1", null],
    ]);
    // A coordinator did not submit VQ-4: it is theirs to verify too.
    const mine = await queue("coordinator");
    expect(mine.items.map((i) => i.code)).toEqual(["VQ-4", "VQ-2", "VQ-3", "VQ-1"]);
  });

  it("is for verifiers only, and takes both coordinates or neither", async () => {
    expect(await codeOf(queue("officerA"))).toBe("FORBIDDEN");
    expect(await codeOf(queue("leader"))).toBe("FORBIDDEN");
    expect(await codeOf(queue("inspector", { latitude: 34.5 }))).toBe("BAD_REQUEST");
    expect(await codeOf(queue("inspector", { latitude: 95, longitude: 110 }))).toBe("BAD_REQUEST");
  });
});
