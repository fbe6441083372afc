import { DomainError } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exifTime, getPhoto, storePhoto } from "../src/services/photos.ts";
import { type ServiceContext, serviceContext } from "../src/services/service-context.ts";
import {
  createTestDatabase,
  createTestUser,
  type TestDatabase,
  testEngines,
} from "../src/testing/index.ts";
import { exifApp1, jpeg, png, WEBP } from "./support/test-images.ts";

const MB = 1024 * 1024;
const HUAYIN = { latitude: [34, 1, 33, 1, 3612, 100], longitude: [110, 1, 5, 1, 2400, 100] };

describe.each(testEngines())("storing photos on %s", (kind) => {
  let db: TestDatabase;
  let userId: string;
  let ctx: ServiceContext;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const user = await createTestUser(db.prisma, "inspector");
    userId = user.id;
    ctx = serviceContext(db.prisma, user, { now: new Date() });
  });
  afterAll(() => db.destroy());

  const store = (bytes: Uint8Array, maxBytes = 10 * MB) => storePhoto(ctx, { bytes, maxBytes });
  const counts = async () => ({
    photos: await db.prisma.photo.count(),
    contents: await db.prisma.photoContent.count(),
    audits: await db.prisma.auditEvent.count({ where: { entityType: "photo" } }),
  });
  /** Expects a refusal with this message key and that nothing at all was written. */
  async function expectRefused(bytes: Uint8Array, key: string, maxBytes?: number) {
    const before = await counts();
    const error = await store(bytes, maxBytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).key).toBe(key);
    expect(await counts()).toEqual(before);
    return error as DomainError;
  }

  it.each([
    ["JPEG", jpeg({ comment: "accepted" }), "image/jpeg"],
    ["PNG", png(), "image/png"],
    ["WebP", WEBP, "image/webp"],
  ])(
    "accepts a %s, decided from its bytes, and serves the same bytes back",
    async (_, bytes, type) => {
      const stored = await store(bytes);
      expect(stored).toMatchObject({ mimeType: type, byteSize: bytes.length, capturedAt: null });
      expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
      const read = await getPhoto(ctx, { id: stored.id });
      expect(read?.mimeType).toBe(type);
      expect(Buffer.from(read?.bytes ?? []).equals(Buffer.from(bytes))).toBe(true);
      const audit = await db.prisma.auditEvent.findFirst({
        where: { entityType: "photo", entityId: stored.id },
      });
      expect(audit).toMatchObject({ action: "upload", actorId: userId });
      expect(audit?.after).toMatchObject({ sha256: stored.sha256, mimeType: type });
      expect(JSON.stringify(audit?.after)).not.toContain("bytes");
    },
  );

  it("refuses a text file named .jpg and stores nothing", async () => {
    const text = new TextEncoder().encode("not a photo, whatever photo.jpg says");
    const error = await expectRefused(text, "photo.unsupported_type");
    expect(error.kind).toBe("bad_request");
  });

  it("refuses an empty file and stores nothing", async () => {
    await expectRefused(new Uint8Array(), "photo.empty");
  });

  it("refuses a photo over the limit and stores nothing; exactly the limit is fine", async () => {
    const big = jpeg({ comment: "x".repeat(2000) });
    const error = await expectRefused(big, "photo.too_large", big.length - 1);
    expect(error.params).toEqual({ limitMb: 0 });
    expect((await store(big, big.length)).byteSize).toBe(big.length);
    const tenMb = await expectRefused(new Uint8Array(10 * MB + 1).fill(0xff), "photo.too_large");
    expect(tenMb.params).toEqual({ limitMb: 10 });
  });

  it("keeps identical bytes once: two uploads, two photo rows, one content row", async () => {
    const bytes = jpeg({ comment: "uploaded twice" });
    const before = await counts();
    const first = await store(bytes);
    const second = await store(bytes);
    expect(second.id).not.toBe(first.id);
    expect(second.sha256).toBe(first.sha256);
    expect(await counts()).toEqual({
      photos: before.photos + 2,
      contents: before.contents + 1,
      audits: before.audits + 2,
    });
  });

  it("stores two simultaneous uploads of the same bytes without a conflict", async () => {
    const bytes = jpeg({ comment: "uploaded at the same moment" });
    const before = await counts();
    const [a, b] = await Promise.all([store(bytes), store(bytes)]);
    expect(a.sha256).toBe(b.sha256);
    expect((await counts()).contents).toBe(before.contents + 1);
  });

  it("reads capture time (as Beijing time) and GPS position from EXIF", async () => {
    const bytes = jpeg({ app1: exifApp1({ dateTimeOriginal: "2026:03:10 09:30:00", ...HUAYIN }) });
    const stored = await store(bytes);
    expect(stored.capturedAt?.toISOString()).toBe("2026-03-10T01:30:00.000Z");
    expect(stored.latitude).toBe(34.560033);
    expect(stored.longitude).toBe(110.09);
    const row = await db.prisma.photo.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row.capturedAt?.toISOString()).toBe("2026-03-10T01:30:00.000Z");
    expect(Number(row.latitude)).toBe(34.560033);
    expect(Number(row.longitude)).toBe(110.09);
  });

  it("honours an explicit EXIF offset and southern/western positions", async () => {
    const app1 = exifApp1({
      dateTimeOriginal: "2026:03:10 09:30:00",
      offsetTimeOriginal: "-03:00",
      latitudeRef: "S",
      longitudeRef: "W",
      ...HUAYIN,
    });
    const stored = await store(jpeg({ app1 }));
    expect(stored.capturedAt?.toISOString()).toBe("2026-03-10T12:30:00.000Z");
    expect(stored).toMatchObject({ latitude: -34.560033, longitude: -110.09 });
  });

  it("stores a photo with broken EXIF, without metadata, rather than failing", async () => {
    const broken = [..."Exif"].map((c) => c.charCodeAt(0)).concat([0, 0, 0x4d, 0x4d, 0, 42]);
    const stored = await store(jpeg({ app1: [...broken, 0xff, 0xff, 0xff, 0xff, 1, 2, 3] }));
    expect(stored).toMatchObject({ capturedAt: null, latitude: null, longitude: null });
  });

  it("finds nothing for an unknown or malformed id", async () => {
    expect(await getPhoto(ctx, { id: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await getPhoto(ctx, { id: "not-a-uuid" })).toBeNull();
    expect(await getPhoto(ctx, { id: "'; drop table photo; --" })).toBeNull();
  });
});

describe("exifTime", () => {
  it("reads zone-less EXIF time as Asia/Shanghai", () => {
    expect(exifTime("2026:01:01 00:00:00", undefined)?.toISOString()).toBe(
      "2025-12-31T16:00:00.000Z",
    );
  });
  it("gives null for placeholders, impossible dates and non-strings", () => {
    expect(exifTime("0000:00:00 00:00:00", undefined)).toBeNull();
    expect(exifTime("2026:02:30 10:00:00", undefined)).toBeNull();
    expect(exifTime("2026:02:10 25:00:00", undefined)).toBeNull();
    expect(exifTime("    :  :     :  :  ", undefined)).toBeNull();
    expect(exifTime(1_700_000_000, undefined)).toBeNull();
  });
});
