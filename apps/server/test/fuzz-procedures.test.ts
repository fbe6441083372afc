// Every procedure of the API, driven by fast-check with inputs generated from and around its
// own input schema (support/hostile-inputs.ts), as every role and without a session, on the
// demo city. Whatever comes in: never an INTERNAL_SERVER_ERROR, and a refused call leaves
// every table as it was (issue 9: 82 server errors out of ~12,000 malformed inputs).
import { loadDemoData, type SignedInUser } from "@cw/db";
import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { TRPCError } from "@trpc/server";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { appRouter } from "../src/router.ts";
import type { ProcedureMeta } from "../src/trpc.ts";
import { callerFor } from "./support/caller.ts";
import { hostileInput, type IdPool } from "./support/hostile-inputs.ts";

const NOW = new Date("2026-11-20T02:00:00Z");
/** Runs per procedure; with ~85 procedures about 500 calls per engine. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 6);
/** Tables a refused sign-in writes by design (the throttle and the security log). */
const WRITTEN_WHEN_REFUSED = new Set(["sign_in_throttle", "security_event", "_prisma_migrations"]);

// Id fields by what they name, to the tables their ids come from.
const ID_TABLES: Record<string, string> = {
  finding: "finding",
  duplicateof: "finding",
  site: "site",
  unit: "responsible_unit",
  responsibleunit: "responsible_unit",
  user: "app_user",
  member: "app_user",
  owner: "app_user",
  photo: "photo",
  afterphoto: "photo",
  grid: "grid",
  sitetype: "site_type",
  inspection: "inspection",
  survey: "survey",
  system: "assessment_system",
  parent: "assessment_node",
  content: "assessment_node",
  node: "assessment_node",
  standard: "assessment_standard",
  requirement: "material_requirement",
  file: "material_file",
  check: "field_check",
  question: "survey_question",
};

interface Procedure {
  path: string;
  input: z.ZodType | undefined;
  roles: readonly string[];
}

function procedures(): Procedure[] {
  const all = (appRouter._def as unknown as { procedures: Record<string, unknown> }).procedures;
  return Object.entries(all).map(([path, proc]) => {
    const def = (proc as { _def: { inputs: z.ZodType[]; meta?: ProcedureMeta } })._def;
    return { path, input: def.inputs[0], roles: def.meta?.roles ?? [] };
  });
}

describe.each(testEngines())("every procedure under hostile input on %s", (kind) => {
  let db: TestDatabase;
  let actors: (SignedInUser | null)[];
  let pool: IdPool;
  let tables: string[];

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadDemoData(db.prisma, NOW);
    const users = await db.prisma.user.findMany({
      select: {
        id: true,
        username: true,
        displayName: true,
        role: true,
        unitId: true,
        unit: { select: { name: true } },
      },
      orderBy: { username: "asc" },
    });
    const oneOfEach = new Map(users.map((u) => [u.role, u]));
    actors = [
      null,
      ...[...oneOfEach.values()].map((u) => ({ ...u, unitName: u.unit?.name ?? null })),
    ];
    tables = (
      await db.prisma.$queryRawUnsafe<{ name: string }[]>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
      )
    )
      .map((t) => t.name)
      .filter((t) => !WRITTEN_WHEN_REFUSED.has(t));
    pool = { all: [] };
    for (const [name, table] of Object.entries(ID_TABLES)) {
      if (!tables.includes(table)) continue;
      const rows = await db.prisma.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id::text AS id FROM "${table}" ORDER BY id LIMIT 6`,
      );
      pool[name] = rows.map((r) => r.id);
      pool.all?.push(...pool[name]);
    }
  }, 120_000);
  afterAll(() => db.destroy());

  /** One digest over every table's rows: equal digests, equal data. */
  async function fingerprint(): Promise<string> {
    const parts = tables.map(
      (t) => `(SELECT md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) FROM "${t}" x)`,
    );
    const [row] = await db.prisma.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT md5(${parts.join(" || ")}) AS digest`,
    );
    return row?.digest ?? "";
  }

  it("answers no call with INTERNAL_SERVER_ERROR and leaves data alone when it refuses", async () => {
    const started = Date.now();
    const procs = procedures();
    expect(procs.length).toBeGreaterThan(80);
    const counts: Record<string, number> = {};
    let before = await fingerprint();
    for (const proc of procs) {
      // Mostly callers the procedure admits, so the input reaches the service; some others.
      const admitted = actors.filter((a) => a && proc.roles.includes(a.role));
      const arb = fc.tuple(
        admitted.length
          ? fc.oneof(
              { weight: 4, arbitrary: fc.constantFrom(...admitted) },
              fc.constantFrom(...actors),
            )
          : fc.constantFrom(...actors),
        proc.input ? hostileInput(proc.input, pool) : fc.constant(undefined),
      );
      await fc.assert(
        fc.asyncProperty(arb, async ([actor, input]) => {
          const call = proc.path
            .split(".")
            .reduce<unknown>(
              (node, key) => (node as Record<string, unknown>)[key],
              callerFor(db, actor, NOW),
            ) as (input: unknown) => Promise<unknown>;
          let code = "OK";
          try {
            await call(input);
          } catch (error) {
            if (!(error instanceof TRPCError)) throw error;
            code = error.code;
          }
          counts[code] = (counts[code] ?? 0) + 1;
          const after = await fingerprint();
          if (code === "INTERNAL_SERVER_ERROR")
            throw new Error(`${proc.path} answered 500 for ${actor?.role ?? "anonymous"}`);
          if (code !== "OK" && after !== before)
            throw new Error(`${proc.path} refused (${code}) but changed data`);
          before = after;
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
    }
    console.info(`fuzz on ${kind}: ${JSON.stringify(counts)} in ${Date.now() - started} ms`);
    expect(counts.INTERNAL_SERVER_ERROR ?? 0).toBe(0);
  }, 300_000);
});
