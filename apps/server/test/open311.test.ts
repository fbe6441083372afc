import {
  createTestDatabase,
  DEMO_OPEN311_KEY,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { OPEN_FINDING_STATUSES, type Open311Request, toShanghaiIso } from "@cw/domain";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAppServer } from "../src/http/app-server.ts";
import * as fx from "./support/open311-fixture.ts";

const NOW = new Date("2026-11-20T04:00:00Z"); // 12:00 in Beijing
const WINDOW_START = new Date(NOW.getTime() - 90 * 86_400_000);
// Every field of a service request in the GeoReport v2 spec.
const SPEC_FIELDS = `service_request_id status status_notes service_name service_code description
  agency_responsible service_notice requested_datetime updated_datetime expected_datetime
  address address_id zipcode lat long media_url`.split(/\s+/);
const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe.each(testEngines())("Open311 GeoReport v2 on %s", (kind) => {
  let db: TestDatabase;
  let server: FastifyInstance;
  let base = "";
  const get = (path: string, key: string | null = DEMO_OPEN311_KEY, headers = {}) => {
    const auth = key === null ? "" : `${path.includes("?") ? "&" : "?"}api_key=${key}`;
    return fetch(`${base}/open311/v2/${path}${auth}`, { headers });
  };
  const list = async (query: string): Promise<Open311Request[]> => {
    const res = await get(`requests.json?${query}`);
    expect(res.status, query).toBe(200);
    return (await res.json()) as Open311Request[];
  };
  const expectCodes = async (query: string, expected: string) =>
    expect(
      (await list(query)).map((r) => r.service_request_id),
      query,
    ).toEqual(words(expected));
  const expectError = async (res: Response, code: number, mention = "") => {
    expect(res.status).toBe(code);
    const body = (await res.json()) as { code: number; description: string }[];
    expect(body).toEqual([{ code, description: expect.stringContaining(mention) }]);
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await fx.seedOpen311(db, NOW);
    server = await createAppServer({ db, webRoot: "/nonexistent", now: () => NOW });
    base = await server.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(async () => {
    await server.close();
    await db.destroy();
  });

  it("lists the active categories as services, in their order", async () => {
    const res = await get("services.json");
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    const services = (await res.json()) as Record<string, unknown>[];
    expect(services.map((s) => s.service_code)).toEqual(
      words(`public_environment public_order infrastructure public_service_ads civic_behaviour
        service_quality o311_test`),
    );
    expect(services.at(-1)).toEqual({
      service_code: "o311_test",
      service_name: "测试类别",
      description: expect.stringContaining("测试类别"),
      metadata: false,
      type: "realtime",
      keywords: "",
      group: "创文问题",
    });
  });

  it("maps one open finding to every field of the spec", async () => {
    const task = await db.prisma.rectificationTask.findUniqueOrThrow({
      where: { id: fx.open.task.id },
    });
    const body = (await (await get("requests/OPEN-1.json")).json()) as Record<string, unknown>[];
    expect(body).toHaveLength(1);
    expect(Object.keys(body[0] ?? {}).sort()).toEqual([...SPEC_FIELDS].sort());
    expect(body[0]).toEqual({
      service_request_id: "OPEN-1",
      status: "open",
      status_notes: "整改中",
      service_name: "测试类别",
      service_code: "o311_test",
      description: "盲道被占用",
      agency_responsible: "市城市管理执法局（测试）",
      service_notice: "",
      requested_datetime: "2026-11-18T10:00:00+08:00",
      updated_datetime: toShanghaiIso(task.updatedAt),
      // Deadline 25 November: overdue from 00:00 Beijing time on the 26th.
      expected_datetime: "2026-11-26T00:00:00+08:00",
      address: "华阴市测试路8号",
      address_id: fx.site.code,
      zipcode: "",
      lat: 34.561234,
      long: 110.087654,
      media_url: `${base}/open311/v2/media/${fx.firstPhoto.id}`,
    });
    expect(String(body[0]?.updated_datetime)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
  });

  it("maps closed and duplicate findings to closed, with the site's unit and position", async () => {
    const [c] = await list("service_request_id=CLOSED-1");
    expect(c).toMatchObject({ status: "closed", status_notes: "已销号：立行立改" });
    expect(c).toMatchObject({ expected_datetime: null, agency_responsible: "测试街道办事处" });
    expect(c).toMatchObject({ lat: 34.5, long: 110.1, media_url: "" });
    const dup = await db.prisma.finding.findFirstOrThrow({
      where: { task: { is: { status: "cancelled" } } },
    });
    expect(await list(`service_request_id=${dup.code}`)).toMatchObject([
      { status: "closed", status_notes: "已撤销：重复撤销" },
    ]);
  });

  it("serves the first photo's bytes at media_url with the key, and only finding photos", async () => {
    const [r] = await list("service_request_id=OPEN-1");
    const res = await fetch(`${r?.media_url}?api_key=${DEMO_OPEN311_KEY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(fx.bytes);
    await expectError(await fetch(String(r?.media_url)), 401);
    await expectError(await get(`media/${fx.unlinkedPhoto.id}`), 404);
    await expectError(await get("media/not-a-uuid"), 404);
  });

  it("lists the last 90 days newest first, like the database counts them", async () => {
    const all = await list("");
    const inWindow = await db.prisma.finding.count({ where: { foundAt: { gte: WINDOW_START } } });
    expect(all).toHaveLength(inWindow);
    expect(all.map((r) => r.service_request_id)).toContain("CLOSED-1");
    expect(all.map((r) => r.service_request_id)).not.toContain("OLD-1");
    const times = all.map((r) => Date.parse(r.requested_datetime));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const openOnes = await list("status=open");
    const openInDb = await db.prisma.finding.count({
      where: {
        foundAt: { gte: WINDOW_START },
        task: { is: { status: { in: [...OPEN_FINDING_STATUSES] } } },
      },
    });
    expect(openOnes.length).toBe(openInDb);
    expect(new Set(openOnes.map((r) => r.status))).toEqual(new Set(["open"]));
    const order = await list("service_code=public_order");
    expect(order.length).toBe(
      await db.prisma.finding.count({
        where: { foundAt: { gte: WINDOW_START }, category: "public_order" },
      }),
    );
    expect(new Set(order.map((r) => r.service_code))).toEqual(new Set(["public_order"]));
  });

  it("narrows by status, service_code, dates, ids and pages", async () => {
    const mine = "service_code=o311_test";
    await expectCodes(`${mine}&status=open`, "OPEN-1");
    await expectCodes(`${mine}&status=closed`, "CLOSED-1");
    await expectCodes(`${mine}&status=open,closed&start_date=2026-01-01`, "OPEN-1 CLOSED-1 OLD-1");
    await expectCodes(`${mine}&start_date=2026-11-18T10:00:00%2B08:00`, "OPEN-1");
    await expectCodes(`${mine}&start_date=2026-11-18T10:00:00+08:00`, "OPEN-1"); // "+" unencoded
    await expectCodes(`${mine}&start_date=2026-11-18T02:00:01Z`, "");
    await expectCodes(`${mine}&end_date=2026-11-18T09:59:59%2B08:00`, "CLOSED-1 OLD-1");
    await expectCodes(`${mine}&start_date=2026-11-18&end_date=2026-11-18`, "OPEN-1");
    await expectCodes(`${mine}&start_date=2026-09-01&end_date=2026-10-31`, "CLOSED-1");
    // With service_request_id the other filters do not apply (the spec).
    await expectCodes(
      "service_request_id=OLD-1,OPEN-1&status=closed&service_code=x",
      "OPEN-1 OLD-1",
    );
    await expectCodes(`${mine}&start_date=2026-01-01&page_size=1&page=2`, "CLOSED-1");
  });

  it("answers 401 without a valid, active key; the header works too", async () => {
    await expectError(await get("requests.json", null), 401);
    await expectError(await get("requests.json", "wrong-key"), 401);
    await expectError(await get("services.json", fx.RETIRED_KEY), 401);
    expect((await get("services.json", null, { "x-api-key": DEMO_OPEN311_KEY })).status).toBe(200);
  });

  it("answers 404 for unknown requests and 400 for bad input, in the spec's format", async () => {
    await expectError(await get("requests/NO-SUCH.json"), 404, "NO-SUCH");
    await expectError(await get("requests.json?start_date=2026-13-01"), 400, "start_date");
    await expectError(await get("requests.json?start_date=yesterday"), 400, "start_date");
    await expectError(await get("requests.json?end_date=2026-11-01T00:00:00"), 400, "end_date");
    await expectError(await get("requests.json?status=pending"), 400, "status");
    await expectError(await get("requests.json?page_size=1001"), 400, "page_size");
    await expectError(await get("requests.json?page=0"), 400, "page");
    await expectError(await get("services.xml"), 400, "json");
    await expectError(await get("requests/OPEN-1.xml"), 400, "json");
    // Only requests.json takes a POST (decision 0026, citizen-open311.test.ts); the rest read.
    const post = { method: "POST" };
    const refused = await fetch(`${base}/open311/v2/services.json`, post);
    expect(refused.headers.get("allow")).toBe("GET, HEAD");
    await expectError(refused, 405);
    await expectError(await fetch(`${base}/open311/v2/requests.json`, post), 401);
  });
});
