// The server ends connections on its own: a restart, an operator's pg_terminate_backend, a
// dropped test database. An idle connection it ends must not end the process.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../src/testing/index.ts";
import { adminQuery } from "../src/testing/test-templates.ts";

const adminUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(!adminUrl)("a PostgreSQL connection the server ends", () => {
  let db: TestDatabase;
  let name: string;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    name = new URL(db.url as string).pathname.slice(1);
  });
  afterAll(() => db.destroy());

  async function terminateIdleConnections() {
    await adminQuery(
      adminUrl as string,
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}'`,
    );
    // The FATAL message reaches the idle clients asynchronously.
    await new Promise((resolve) => setTimeout(resolve, 300));
  }

  it("is replaced by a new one for the next query", async () => {
    expect(await db.prisma.user.count()).toBe(0);
    await terminateIdleConnections();
    expect(await db.prisma.user.count()).toBe(0);
  });

  it("after Prisma let go of the pool, is no uncaught error", async () => {
    // $disconnect removes Prisma's listener but leaves the pool's idle clients open, as the
    // moment between close() and DROP DATABASE … WITH (FORCE) in a test's teardown does.
    await db.prisma.user.count();
    await db.prisma.$disconnect();
    await terminateIdleConnections();
    expect(await db.prisma.user.count()).toBe(0);
  });
});
