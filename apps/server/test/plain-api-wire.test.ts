// The public pages' way to the API without the tRPC client (apps/web/src/lib/plain-api.ts,
// decision 0032), against the real HTTP server: the citizen's form reads its lists (a query
// with no input), sends a report (mutations with and without input), and its status page gets
// the report back with its dates restored — the answer carries superjson's `meta`, which the
// helper decodes — and a refusal with the code and message the tRPC client would give.
import {
  createTaskFixture,
  createTestDatabase,
  solveProofOfWork,
  type TestDatabase,
} from "@cw/db/testing";
import type { PowChallenge, PublicReportStatus, ReportFormOptions } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PlainApiError, plainMutation, plainQuery } from "../../web/src/lib/plain-api.ts";
import { startHttp } from "./support/http-client.ts";

describe("plain-api.ts against the server", () => {
  let db: TestDatabase;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let siteId = "";
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    siteId = (await createTaskFixture(db.prisma)).siteId;
    http = await startHttp(db);
    // The page's relative URLs, sent to this server.
    const send = globalThis.fetch;
    vi.stubGlobal("fetch", (url: string, init?: RequestInit) => send(`${http.base}${url}`, init));
  });
  afterAll(async () => {
    vi.unstubAllGlobals();
    await http.close();
    await db.destroy();
  });

  it("reads the lists, sends a report, and reads it back with its dates as dates", async () => {
    const options = await plainQuery<ReportFormOptions>("citizenReports.formOptions");
    expect(options.sites.map((s) => [s.id, s.name])).toEqual([[siteId, "二级汽车客运站"]]);

    const challenge = await plainMutation<PowChallenge>("citizenReports.challenge");
    const { trackingCode } = await plainMutation<{ trackingCode: string }>(
      "citizenReports.submit",
      {
        category: "public_environment",
        description: "垃圾桶满溢，无人清运",
        photoIds: [],
        deviceId: "0123456789abcdef01234567",
        proofOfWork: await solveProofOfWork(challenge),
        siteId,
      },
    );
    expect(trackingCode).toMatch(/^R[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

    const status = await plainQuery<PublicReportStatus>("citizenReports.status", { trackingCode });
    expect(status).toMatchObject({ trackingCode, stage: "received", closedAt: null });
    expect(status.receivedAt).toBeInstanceOf(Date);
    expect(Math.abs(status.receivedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("turns a refusal into the tRPC client's message and data", async () => {
    const refused = await plainQuery("citizenReports.status", { trackingCode: "RAAAA-AAAA" }).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(PlainApiError);
    expect((refused as PlainApiError).data?.code).toBe("NOT_FOUND");
    expect((refused as PlainApiError).message).not.toBe("");
  });
});
