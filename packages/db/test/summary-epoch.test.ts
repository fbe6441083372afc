// The summary epoch (decision 0028) is bumped at each transaction's commit, not in the
// statement that changed a summary: two writers that each hold a row the other then needs
// must wait for each other as they did before the epoch existed, never deadlock on it.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteRecord } from "../src/factories/records.ts";
import { createTaskFixture, createTestDatabase, type TestDatabase } from "../src/testing/index.ts";

describe.runIf(process.env.TEST_DATABASE_URL)("the summary epoch on PostgreSQL", () => {
  let db: TestDatabase;
  let a: pg.Client;
  let b: pg.Client;
  let siteX: string;
  let siteY: string;
  beforeAll(async () => {
    db = await createTestDatabase("postgres");
    const f = await createTaskFixture(db.prisma);
    const site = await db.prisma.site.findUniqueOrThrow({ where: { id: f.siteId } });
    const y = siteRecord({ siteTypeId: site.siteTypeId, responsibleUnitId: f.unitA });
    await db.prisma.site.create({ data: y });
    siteX = f.siteId;
    siteY = y.id;
    a = new pg.Client({ connectionString: db.url });
    b = new pg.Client({ connectionString: db.url });
    await Promise.all([a.connect(), b.connect()]);
  });
  afterAll(async () => {
    await Promise.all([a?.end(), b?.end()]);
    await db.destroy();
  });

  it("lets a writer wait for another's row and both commit, each bumping the epoch once", async () => {
    const epoch = async () =>
      Number((await a.query(`SELECT "epoch" FROM "summary_epoch"`)).rows[0].epoch);
    const before = await epoch();
    await a.query("BEGIN");
    await b.query("BEGIN");
    // Had the epoch been taken here, B's statement would wait for A…
    await a.query(`UPDATE "site" SET "name" = "name" WHERE "id" = $1`, [siteX]);
    await b.query("SET LOCAL lock_timeout = '5s'");
    await b.query(`UPDATE "site" SET "name" = "name" WHERE "id" = $1`, [siteY]);
    // …and A, now waiting for B's row, would complete the cycle.
    const aWaits = a.query(`UPDATE "site" SET "name" = "name" WHERE "id" = $1`, [siteY]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await b.query("COMMIT");
    await aWaits;
    await a.query("COMMIT");
    expect(await epoch()).toBe(before + 2);
    expect(
      Number((await a.query(`SELECT count(*) AS n FROM "summary_epoch_bump"`)).rows[0].n),
    ).toBe(0);
  });
});
