// Errors nobody planned for answer a clear message without a stack, and leave one short log
// line; a failed output check is the server's fault and never "invalid input" (issue 9).
import { randomUUID } from "node:crypto";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { databaseDomainError } from "../src/errors/database-errors.ts";
import { briefError } from "../src/errors/log-unexpected.ts";
import { startHttp, trpcHttp } from "./support/http-client.ts";

describe.each(testEngines())("unexpected errors on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let cookie: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    http = await startHttp(db, { now: new Date("2026-11-20T02:00:00Z") });
    const res = await trpcHttp(http.base, "auth.login", {
      input: { username: f.users.coordinator.username, password: TEST_PASSWORD },
    });
    cookie = (res.setCookie ?? "").split(";")[0] as string;
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });
  afterEach(() => vi.restoreAllMocks());

  it("maps data the database refuses to a 400 key, not a 500", async () => {
    const error = await db.prisma.responsibleUnit
      .create({ data: { id: randomUUID(), code: "NUL-1", name: "坏\u0000名", kind: "bureau" } })
      .catch((e: unknown) => e);
    expect(databaseDomainError(error)?.key).toBe("error.data_refused");
    expect(databaseDomainError(error)?.kind).toBe("bad_request");
  });

  it("maps a raw statement's unique violation to a duplicate conflict, as Prisma's own", async () => {
    // Bulk inserts (survey answers) go through unnest in raw SQL, which Prisma does not
    // translate to P2002: the adapter's cause says it.
    const code = `DUP-${kind}`;
    const insert = () =>
      db.prisma.$executeRaw`
        INSERT INTO "responsible_unit" ("id", "code", "name", "kind", "updatedAt")
        SELECT gen_random_uuid(), c, '重复单位', 'bureau', now() FROM unnest(${[code]}::text[]) AS c`;
    await insert();
    const error = await insert().catch((e: unknown) => e);
    expect(databaseDomainError(error)?.key).toBe("error.duplicate");
    expect(databaseDomainError(error)?.kind).toBe("conflict");
  });

  it("answers an unknown database error with the generic message, no stack, one short log line", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    await db.prisma.$executeRawUnsafe('ALTER TABLE "calendar_day" RENAME TO "calendar_day_gone"');
    try {
      const res = await trpcHttp(http.base, "calendar.list", {
        method: "GET",
        cookie,
        lang: "en",
        input: { year: 2026 },
      });
      expect(res.status).toBe(500);
      expect(res.body.error?.json.message).toBe(
        "The server could not complete the request; try again later.",
      );
      expect(res.body.error?.json.data.messageKey).toBe("error.internal");
      expect(JSON.stringify(res.body)).not.toMatch(/stack|calendar_day|at \//);
      expect(logged).toHaveBeenCalledTimes(1);
      const line = String(logged.mock.calls[0]?.[0]);
      expect(line).toMatch(/^\[calendar\.list\] /);
      expect(line).not.toContain("\n");
      expect(line.length).toBeLessThan(400);
    } finally {
      await db.prisma.$executeRawUnsafe('ALTER TABLE "calendar_day_gone" RENAME TO "calendar_day"');
    }
  });

  it("answers a failed output check as an internal error, not as invalid input", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const { findingId } = await f.task("assigned");
    // Stored poison written behind the API's back, as before the edge refused it.
    await db.prisma.$executeRawUnsafe(
      `UPDATE "finding" SET "foundAt" = '10000-01-01T00:00:00Z' WHERE "id" = '${findingId}'`,
    );
    const res = await trpcHttp(http.base, "tasks.get", {
      method: "GET",
      cookie,
      input: { findingId },
    });
    expect(res.status).toBe(500);
    expect(res.body.error?.json.data.messageKey).toBe("error.internal");
    expect(res.body.error?.json.data.fields).toEqual({});
    expect(logged).toHaveBeenCalledTimes(1);
    expect(String(logged.mock.calls[0]?.[0])).toMatch(/^\[tasks\.get\] /);
  });

  it("keeps log lines short whatever the error says", () => {
    const long = new Error(`${"x".repeat(5000)}\nsecond line`);
    expect(briefError(long)).toBe(`Error: ${"x".repeat(300)}`);
    expect(briefError("a string")).toBe("non-error thrown: string");
  });
});
