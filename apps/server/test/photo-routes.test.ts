import { tmpdir } from "node:os";
import { loadSettings, writeSettings } from "@cw/db";
import {
  createTestDatabase,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
  testEngines,
  unitRecord,
} from "@cw/db/testing";
import type { Role } from "@cw/domain";
import type { FastifyInstance } from "fastify";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jpegSize } from "../../../packages/db/test/support/jpeg-size.ts";
import { exifApp1, jpeg, png } from "../../../packages/db/test/support/test-images.ts";
import { createAppServer } from "../src/http/app-server.ts";
import { rawUpload } from "./support/raw-upload.ts";

const LIMIT = 100_000; // the smallest limit the settings allow

describe.each(testEngines())("photo upload and download over HTTP on %s", (kind) => {
  let db: TestDatabase;
  let server: FastifyInstance;
  let base: string;
  const cookies = new Map<Role, string>();

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    server = await createAppServer({ db, webRoot: tmpdir() });
    base = await server.listen({ port: 0, host: "127.0.0.1" });
    const unit = unitRecord();
    await db.prisma.responsibleUnit.create({ data: unit });
    for (const role of ["admin", "coordinator", "inspector", "unit_officer", "leader"] as const) {
      const user = await createTestUser(db.prisma, role, role === "unit_officer" ? unit.id : null);
      cookies.set(role, await signIn(user.username));
    }
  });
  afterAll(async () => {
    await server.close();
    await db.destroy();
  });

  async function signIn(username: string): Promise<string> {
    const res = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { username, password: TEST_PASSWORD } }),
    });
    expect(res.status).toBe(200);
    const session = res.headers.getSetCookie().find((c) => c.startsWith("cw_session="));
    return (session ?? "").split(";")[0] ?? "";
  }
  const upload = (
    body: Uint8Array<ArrayBuffer>,
    cookie?: string,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${base}/api/photos`, {
      method: "POST",
      headers: { ...(cookie ? { cookie } : {}), ...headers },
      body,
    });
  const counts = async () => ({
    photos: await db.prisma.photo.count(),
    contents: await db.prisma.photoContent.count(),
  });
  async function expectRefused(res: Response, status: number, messageKey: string) {
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as { error: { messageKey: string; message: string } };
    expect(body.error.messageKey).toBe(messageKey);
    expect(body.error.message.length).toBeGreaterThan(0);
    return body.error.message;
  }

  it("stores an upload (201) and serves the identical bytes to a signed-in user", async () => {
    const app1 = exifApp1({
      dateTimeOriginal: "2026:03:10 09:30:00",
      latitude: [34, 1, 33, 1, 3612, 100],
      longitude: [110, 1, 5, 1, 2400, 100],
    });
    const bytes = jpeg({ app1 });
    const res = await upload(bytes, cookies.get("inspector"), { "content-type": "text/plain" });
    expect(res.status).toBe(201);
    const stored = await res.json();
    expect(stored).toMatchObject({
      mimeType: "image/jpeg",
      byteSize: bytes.length,
      capturedAt: "2026-03-10T01:30:00.000Z",
      latitude: 34.560033,
      longitude: 110.09,
    });

    // Attached to nothing yet, the photo is its uploader's alone (photos are scoped).
    const other = await fetch(`${base}/api/photos/${stored.id}`, {
      headers: { cookie: cookies.get("leader") ?? "" },
    });
    expect(other.status).toBe(404);
    const got = await fetch(`${base}/api/photos/${stored.id}`, {
      headers: { cookie: cookies.get("inspector") ?? "" },
    });
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("image/jpeg");
    expect(got.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);
  });

  it("lets every role but leader upload", async () => {
    for (const role of ["admin", "coordinator", "unit_officer"] as const) {
      expect((await upload(png(role.length), cookies.get(role))).status, role).toBe(201);
    }
    const before = await counts();
    const message = await expectRefused(
      await upload(png(), cookies.get("leader")),
      403,
      "error.forbidden_role",
    );
    expect(message).toBe("您的角色无权进行此操作。");
    expect(await counts()).toEqual(before);
  });

  it("answers 401 without a valid session, on both routes", async () => {
    const before = await counts();
    await expectRefused(await upload(jpeg()), 401, "error.unauthorized");
    await expectRefused(await upload(jpeg(), "cw_session=forged"), 401, "error.unauthorized");
    await expectRefused(await upload(jpeg(), "cw_session=%E0%A4%A"), 401, "error.unauthorized");
    const [photo] = await db.prisma.photo.findMany({ take: 1 });
    const got = await fetch(`${base}/api/photos/${photo?.id}`);
    await expectRefused(got, 401, "error.unauthorized");
    expect(await counts()).toEqual(before);
  });

  it("refuses non-images (415), empty bodies (400) and stores nothing", async () => {
    const before = await counts();
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n");
    const text = new TextEncoder().encode("a text file renamed photo.jpg");
    const inspector = cookies.get("inspector");
    const en = { "accept-language": "en-US,en;q=0.9", "content-type": "image/jpeg" };
    expect(
      await expectRefused(await upload(pdf, inspector, en), 415, "photo.unsupported_type"),
    ).toBe("Only JPEG, PNG or WebP photos are accepted.");
    expect(await expectRefused(await upload(text, inspector), 415, "photo.unsupported_type")).toBe(
      "只支持 JPEG、PNG 或 WebP 格式的照片。",
    );
    await expectRefused(await upload(new Uint8Array(), inspector), 400, "photo.empty");
    expect(await counts()).toEqual(before);
  });

  it("refuses a photo over maxPhotoBytes (413), declared or streamed, and stores nothing", async () => {
    const settings = await loadSettings(db.prisma);
    await db.prisma.$transaction((tx) => writeSettings(tx, { ...settings, maxPhotoBytes: LIMIT }));
    const before = await counts();
    const big = jpeg({ comment: "x".repeat(LIMIT) });
    const message = await expectRefused(
      await upload(big, cookies.get("inspector"), { "accept-language": "en" }),
      413,
      "photo.too_large",
    );
    expect(message).toBe("The photo is larger than the 0.1 MB limit.");

    // Refused from the header alone: the server does not wait for a body it would not keep.
    const cookie = cookies.get("inspector") ?? "";
    const declared = await rawUpload(`${base}/api/photos`, cookie, { declaredLength: 50 * LIMIT });
    expect(declared.status).toBe(413);
    // Chunked, so no Content-Length: refused once the limit is passed, not at the end.
    const streamed = await rawUpload(`${base}/api/photos`, cookie, { total: 50 * LIMIT });
    expect(streamed.status).toBe(413);
    expect(JSON.parse(streamed.body).error.messageKey).toBe("photo.too_large");
    expect(streamed.sent).toBeLessThan(50 * LIMIT);
    expect(await counts()).toEqual(before);
    // Exactly at the limit is still accepted.
    const fits = jpeg({ comment: "y".repeat(LIMIT - jpeg({ comment: "" }).length - 4) });
    expect(fits.length).toBe(LIMIT);
    expect((await upload(fits, cookies.get("inspector"))).status).toBe(201);
  });

  it("answers 405 with Allow for other methods", async () => {
    const res = await fetch(`${base}/api/photos`, {
      headers: { cookie: cookies.get("admin") ?? "" },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });

  it("answers 404 for unknown or malformed photo ids", async () => {
    const cookie = cookies.get("inspector") ?? "";
    for (const id of ["00000000-0000-4000-8000-000000000000", "nope", "a/b", "%zz"]) {
      const res = await fetch(`${base}/api/photos/${id}`, { headers: { cookie } });
      await expectRefused(res, 404, "photo.not_found");
    }
  });

  it("serves a thumbnail JPEG under the same session and scope as the photo", async () => {
    const original = new Uint8Array(
      await sharp({
        create: { width: 1200, height: 900, channels: 3, background: { r: 30, g: 120, b: 60 } },
      })
        .jpeg()
        .toBuffer(),
    );
    const res = await upload(original, cookies.get("inspector"));
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const thumb = await fetch(`${base}/api/photos/${id}/thumbnail`, {
      headers: { cookie: cookies.get("inspector") ?? "" },
    });
    expect(thumb.status).toBe(200);
    expect(thumb.headers.get("content-type")).toBe("image/jpeg");
    expect(jpegSize(new Uint8Array(await thumb.arrayBuffer()))).toEqual({
      width: 320,
      height: 240,
    });
    // An upload not yet attached to anything is its uploader's alone, thumbnail included.
    await expectRefused(
      await fetch(`${base}/api/photos/${id}/thumbnail`, {
        headers: { cookie: cookies.get("unit_officer") ?? "" },
      }),
      404,
      "photo.not_found",
    );
    expect((await fetch(`${base}/api/photos/${id}/thumbnail`)).status).toBe(401);
    await expectRefused(
      await fetch(`${base}/api/photos/00000000-0000-4000-8000-000000000000/thumbnail`, {
        headers: { cookie: cookies.get("inspector") ?? "" },
      }),
      404,
      "photo.not_found",
    );
  });
});
