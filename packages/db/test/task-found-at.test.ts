// The task list sorts and pages on the task's own copy of its finding's foundAt (its index);
// the copy must follow the finding whatever writes it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "../src/testing/index.ts";

describe.each(testEngines())("the task's copy of foundAt on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  const copyOf = async (findingId: string) =>
    (
      await db.prisma.rectificationTask.findUniqueOrThrow({
        where: { findingId },
        select: { foundAt: true, finding: { select: { foundAt: true } } },
      })
    ).foundAt.toISOString();

  it("is the finding's foundAt when the task is written, and moves when the finding's does", async () => {
    const { findingId } = await f.task("assigned");
    await db.prisma.finding.update({
      where: { id: findingId },
      data: { foundAt: new Date("2026-03-04T05:06:07.000Z") },
    });
    expect(await copyOf(findingId)).toBe("2026-03-04T05:06:07.000Z");
    // Written by hand (an import, a repair) it still cannot differ from the finding.
    await db.executeSql(`UPDATE rectification_task SET "foundAt" = now() WHERE "findingId" = $1`, [
      findingId,
    ]);
    expect(await copyOf(findingId)).toBe("2026-03-04T05:06:07.000Z");
  });
});
