// Open311 GeoReport v2 POST requests.json (decision 0026): a system with an API key (the
// 12345 hotline) posts a report into the coordinators' triage queue and follows it by its
// token; refusals come in the spec's format. The caller's number never leaves the server.
import { createHash } from "node:crypto";
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callerFor } from "./support/caller.ts";
import { readWorkbook, sheetRows, zipEntries } from "./support/document-readers.ts";
import { startHttp } from "./support/http-client.ts";
import { tinyPng } from "./support/tiny-png.ts";

const NOW = new Date("2026-11-20T04:00:00Z");
const KEY = "hotline-12345-test-key";

describe.each(testEngines())("Open311 POST on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  let http: Awaited<ReturnType<typeof startHttp>>;
  const post = (body: URLSearchParams | FormData, query = "") =>
    fetch(`${http.base}/open311/v2/requests.json${query}`, { method: "POST", body });
  const form = (fields: Record<string, string>) => new URLSearchParams(fields);
  const valid = {
    api_key: KEY,
    service_code: "public_environment",
    lat: "34.5658",
    long: "110.0921",
    description: "市民来电：客运站门口垃圾堆放",
    phone: "13600001234",
    "attribute[ticket]": "12345-20261120-0088",
  };
  const expectError = async (res: Response, code: number, description: string) => {
    expect(res.status).toBe(code);
    expect(await res.json()).toEqual([{ code, description }]);
  };

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
    await db.prisma.apiClient.create({
      data: { name: "12345 热线", keyHash: createHash("sha256").update(KEY).digest("hex") },
    });
    http = await startHttp(db, { now: NOW });
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });

  it("creates a report in the triage queue and answers with its token; the token follows it", async () => {
    const res = await post(form(valid));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { token: string; service_notice: string }[];
    expect(body).toEqual([
      {
        token: expect.stringMatching(/^R[2-9A-Z]{4}-[2-9A-Z]{4}$/),
        service_notice: expect.any(String),
      },
    ]);
    const token = body[0]?.token as string;

    const queue = await callerFor(db, f.users.coordinator, NOW).triage.queue({
      status: "received",
      limit: 10,
    });
    expect(queue.items).toEqual([
      expect.objectContaining({
        trackingCode: token,
        source: "hotline",
        systemName: "12345 热线",
        category: "public_environment",
        latitude: 34.5658,
        longitude: 110.0921,
        mobileMasked: "136****1234",
      }),
    ]);
    const stored = await db.prisma.citizenReport.findUniqueOrThrow({
      where: { trackingCode: token },
      select: { attributes: true },
    });
    expect(stored.attributes).toEqual({ ticket: "12345-20261120-0088" });

    const lookup = () => fetch(`${http.base}/open311/v2/tokens/${token}.json?api_key=${KEY}`);
    expect(await (await lookup()).json()).toEqual([{ token }]);
    // Accepted: the token names the finding, which GET requests returns as today.
    const accepted = await callerFor(db, f.users.coordinator, NOW).triage.accept({
      reportId: queue.items[0]?.id as string,
    });
    expect(await (await lookup()).json()).toEqual([
      { token, service_request_id: accepted.findingCode },
    ]);
    const one = await fetch(
      `${http.base}/open311/v2/requests/${accepted.findingCode}.json?api_key=${KEY}`,
    );
    const requests = (await one.json()) as Record<string, unknown>[];
    expect(requests).toEqual([
      expect.objectContaining({
        service_request_id: accepted.findingCode,
        status: "open",
        service_code: "public_environment",
        description: "市民来电：客运站门口垃圾堆放",
      }),
    ]);
    // Privacy: the caller's number is in no Open311 answer.
    const all = await fetch(`${http.base}/open311/v2/requests.json?api_key=${KEY}`);
    expect(await all.text()).not.toContain("13600001234");
    expect(JSON.stringify(requests)).not.toContain("13600001234");
  });

  it("keeps the caller's number out of the task exports of the finding it became", async () => {
    const login = await fetch(`${http.base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        json: { username: f.users.coordinator.username, password: TEST_PASSWORD },
      }),
    });
    const cookie = (login.headers.getSetCookie()[0] ?? "").split(";")[0] ?? "";
    const input = { source: "hotline", sort: "found_desc", preset: "findings" };
    const res = await fetch(
      `${http.base}/api/documents/task-export?input=${encodeURIComponent(JSON.stringify(input))}`,
      { headers: { cookie } },
    );
    expect(res.status).toBe(200);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const sheet = (await readWorkbook(bytes)).worksheets[0];
    if (!sheet) throw new Error("no sheet");
    const rows = sheetRows(sheet);
    // The finding accepted in the first test, with its description; no number anywhere.
    expect(rows.slice(1).map((r) => r[7])).toEqual(["市民来电：客运站门口垃圾堆放"]);
    const zip = await zipEntries(bytes);
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
      expect(await zip.file(name)?.async("string"), name).not.toContain("13600001234");
    }
  });

  it("takes a photo uploaded as multipart `media`, with the key in the header", async () => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ ...valid, api_key: "" })) data.set(k, v);
    data.set("media", new Blob([new Uint8Array(tinyPng(24))], { type: "image/png" }), "photo.png");
    const res = await fetch(`${http.base}/open311/v2/requests.json`, {
      method: "POST",
      body: data,
      headers: { "x-api-key": KEY },
    });
    expect(res.status).toBe(201);
    const [answer] = (await res.json()) as { token: string }[];
    const token = answer?.token as string;
    const report = await db.prisma.citizenReport.findUniqueOrThrow({
      where: { trackingCode: token },
      select: { photos: { select: { photo: { select: { mimeType: true, uploadedById: true } } } } },
    });
    expect(report.photos).toEqual([{ photo: { mimeType: "image/png", uploadedById: null } }]);
  });

  it("refuses a wrong key, a missing service_code, a bad or missing position and an oversize photo", async () => {
    await expectError(await post(form({ ...valid, api_key: "wrong" })), 401, "API 密钥无效。");
    // Accept-Language decides the language; the default is Chinese.
    await expectError(
      await post(form({ ...valid, service_code: "" })),
      400,
      "service_code: 缺少 service_code。",
    );
    await expectError(
      await post(form({ ...valid, service_code: "nope" })),
      400,
      "service_code: 未知的 service_code：nope。",
    );
    await expectError(await post(form({ ...valid, lat: "200" })), 400, "lat: 坐标超出范围。");
    await expectError(await post(form({ ...valid, lat: "north" })), 400, "lat: 坐标超出范围。");
    const { lat: _lat, long: _long, ...noPosition } = valid;
    await expectError(
      await post(form(noPosition)),
      400,
      "lat: 需要 lat 和 long，或 address_string。",
    );
    // An address alone is a position the coordinator places.
    expect((await post(form({ ...noPosition, address_string: "华阴市岳庙街 1 号" }))).status).toBe(
      201,
    );
    const big = new FormData();
    for (const [k, v] of Object.entries(valid)) big.set(k, v);
    big.set(
      "media",
      new Blob([new Uint8Array(10 * 1024 * 1024 + 1)], { type: "image/jpeg" }),
      "big.jpg",
    );
    await expectError(
      await fetch(`${http.base}/open311/v2/requests.json`, { method: "POST", body: big }),
      413,
      "media: 照片超过 10 MB 的上限。",
    );
    const notImage = new FormData();
    for (const [k, v] of Object.entries(valid)) notImage.set(k, v);
    notImage.set("media", new Blob([new TextEncoder().encode("not an image")]), "x.txt");
    await expectError(
      await fetch(`${http.base}/open311/v2/requests.json`, { method: "POST", body: notImage }),
      415,
      "media: 只支持 JPEG、PNG 或 WebP 格式的照片。",
    );
  });
});
