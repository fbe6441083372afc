// The inspector's phone resends queued entries when the connection returns; a resend must
// never log the same finding twice.
import {
  createTaskFixture,
  createTestDatabase,
  createTestUser,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor, codeOf } from "./support/caller.ts";

describe.each(testEngines())("findings sent again with the same client key on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  const entry = (clientRef: string) => ({
    siteId: f.siteId,
    source: "routine_inspection" as const,
    category: "public_order",
    description: "出站口车辆乱停",
    photoIds: [f.photoId],
    clientRef,
  });

  it("returns the finding already logged instead of a duplicate", async () => {
    const inspector = callerFor(db, f.users.inspector);
    const first = await inspector.findings.create(entry("phone-1-entry-0001"));
    const again = await inspector.findings.create(entry("phone-1-entry-0001"));
    expect(again).toEqual(first);
    expect(await db.prisma.finding.count({ where: { clientRef: "phone-1-entry-0001" } })).toBe(1);
  });

  it("logs exactly one finding when two sends race", async () => {
    const inspector = callerFor(db, f.users.inspector);
    const results = await Promise.all([
      inspector.findings.create(entry("phone-1-entry-0002")),
      inspector.findings.create(entry("phone-1-entry-0002")),
      inspector.findings.create(entry("phone-1-entry-0002")),
    ]);
    expect(new Set(results.map((r) => r.findingId)).size).toBe(1);
    expect(await db.prisma.finding.count({ where: { clientRef: "phone-1-entry-0002" } })).toBe(1);
    expect(
      await db.prisma.auditEvent.count({
        where: { entityId: results[0]?.findingId, action: "create", entityType: "finding" },
      }),
    ).toBe(1);
  });

  it("refuses another user's key", async () => {
    await callerFor(db, f.users.inspector).findings.create(entry("phone-1-entry-0003"));
    const other = await createTestUser(db.prisma, "inspector");
    expect(await codeOf(callerFor(db, other).findings.create(entry("phone-1-entry-0003")))).toBe(
      "CONFLICT",
    );
  });
});
