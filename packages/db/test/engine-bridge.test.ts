import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { siteTypeRecord } from "../src/factories/records.ts";
import { Prisma } from "../src/generated/prisma/client.ts";
import { createTestDatabase, type TestDatabase, testEngines } from "../src/testing/index.ts";

/** How late a 5 ms timer fires while `work` runs: the event loop's stall, in ms. */
async function worstTimerDelay(work: Promise<unknown>): Promise<number> {
  let worst = 0;
  let done = false;
  const tick = async () => {
    while (!done) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 5));
      worst = Math.max(worst, performance.now() - t - 5);
    }
  };
  const ticking = tick();
  await work;
  done = true;
  await ticking;
  return worst;
}

// A query that keeps the engine busy for a second or more on this machine.
const HEAVY = `SELECT count(*) AS n FROM generate_series(1, 3000000) a
                JOIN generate_series(1, 3000000) b ON a = b`;

describe("the embedded engine runs in its own thread", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
  });
  afterAll(() => db?.destroy());

  it("a long query does not stall the event loop", async () => {
    const started = performance.now();
    const stall = await worstTimerDelay(db.prisma.$queryRawUnsafe(HEAVY));
    const took = performance.now() - started;
    expect(took).toBeGreaterThan(300); // the query was long enough to notice a stall
    // On the main thread the timer would wait for the whole query. On a busy shared machine
    // timers are late anyway, so the bound is 50 ms or a fifth of the query, the larger.
    expect(stall).toBeLessThan(Math.max(50, took / 5));
  });
});

describe.each(testEngines())("the driver bridge on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(() => db?.destroy());

  it("rolls back an interactive transaction as a whole", async () => {
    await expect(
      db.prisma.$transaction(async (tx) => {
        await tx.siteType.create({ data: siteTypeRecord({ code: "bridge_rollback" }) });
        expect(await tx.siteType.count({ where: { code: "bridge_rollback" } })).toBe(1);
        throw new Error("undo");
      }),
    ).rejects.toThrow("undo");
    expect(await db.prisma.siteType.count({ where: { code: "bridge_rollback" } })).toBe(0);
  });

  it("keeps concurrent transactions apart: each commits its own rows", async () => {
    await Promise.all(
      [1, 2, 3].map((i) =>
        db.prisma.$transaction(async (tx) => {
          await tx.siteType.create({ data: siteTypeRecord({ code: `bridge_tx_${i}` }) });
          await tx.siteType.create({ data: siteTypeRecord({ code: `bridge_tx_${i}b` }) });
        }),
      ),
    );
    expect(await db.prisma.siteType.count({ where: { code: { startsWith: "bridge_tx_" } } })).toBe(
      6,
    );
  });

  it("maps a unique violation to Prisma's P2002", async () => {
    await db.prisma.siteType.create({ data: siteTypeRecord({ code: "bridge_unique" }) });
    const error = await db.prisma.siteType
      .create({ data: siteTypeRecord({ code: "bridge_unique" }) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
  });

  it("runs plain SQL for libraries that bring their own (executeSql)", async () => {
    const one = await db.executeSql("SELECT $1::int + 1 AS n", [41]);
    expect(one.rows).toEqual([{ n: 42 }]);
    const script = await db.executeSql("CREATE TEMP TABLE bridge_t (x int); SELECT 7 AS x");
    expect(script.rows).toEqual([{ x: 7 }]);
  });
});
