// Lists and the task page show thumbnails, never the 5 MB originals; the thumbnail is made
// once, at upload (or on first use for photos stored before thumbnails existed).
import { createHash } from "node:crypto";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPhoto, storePhoto } from "../src/services/photos.ts";
import { type ServiceContext, serviceContext } from "../src/services/service-context.ts";
import {
  createTestDatabase,
  createTestUser,
  type TestDatabase,
  testEngines,
} from "../src/testing/index.ts";
import { hasExif, jpegSize } from "./support/jpeg-size.ts";
import { jpeg } from "./support/test-images.ts";

/** A camera-sized photo with noise (so it does not compress to nothing) and EXIF. */
async function cameraPhoto(width: number, height: number, orientation?: number) {
  const noise = Buffer.alloc(width * height * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251;
  return new Uint8Array(
    await sharp(noise, { raw: { width, height, channels: 3 } })
      .withMetadata(orientation ? { orientation } : {})
      .jpeg({ quality: 90 })
      .toBuffer(),
  );
}

describe.each(testEngines())("photo thumbnails on %s", (kind) => {
  let db: TestDatabase;
  let ctx: ServiceContext;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    ctx = serviceContext(db.prisma, await createTestUser(db.prisma, "inspector"), {
      now: new Date(),
    });
  });
  afterAll(() => db.destroy());

  const store = (bytes: Uint8Array) => storePhoto(ctx, { bytes, maxBytes: 10 * 1024 * 1024 });
  const thumbnail = (id: string) => getPhoto(ctx, { id, variant: "thumbnail" });

  it("makes a 320 px JPEG of a 1600 × 1200 photo at upload, without its EXIF", async () => {
    const original = await cameraPhoto(1600, 1200);
    expect(jpegSize(original)).toEqual({ width: 1600, height: 1200 });
    expect(hasExif(original)).toBe(true);
    const stored = await store(original);
    const content = await db.prisma.photoContent.findUnique({
      where: { sha256: stored.sha256 },
      select: { thumbnail: true },
    });
    expect(content?.thumbnail).not.toBeNull();
    const thumb = await thumbnail(stored.id);
    expect(thumb?.mimeType).toBe("image/jpeg");
    expect(jpegSize(thumb?.bytes ?? new Uint8Array())).toEqual({ width: 320, height: 240 });
    expect(hasExif(thumb?.bytes ?? new Uint8Array())).toBe(false);
    expect(thumb?.bytes.length).toBeLessThan(original.length / 10);
    // The original is still what the photo's own address serves.
    expect((await getPhoto(ctx, { id: stored.id }))?.bytes.length).toBe(original.length);
  });

  it("turns a phone's portrait photo upright by its EXIF orientation", async () => {
    // Stored 400 × 200 with orientation 6 (rotate 90° clockwise): the picture is 200 × 400.
    const stored = await store(await cameraPhoto(400, 200, 6));
    expect(jpegSize((await thumbnail(stored.id))?.bytes ?? new Uint8Array())).toEqual({
      width: 160,
      height: 320,
    });
  });

  it("never enlarges a small photo", async () => {
    const stored = await store(jpeg({ comment: "one pixel" }));
    expect(jpegSize((await thumbnail(stored.id))?.bytes ?? new Uint8Array())).toEqual({
      width: 1,
      height: 1,
    });
  });

  it("keeps a photo that does not decode as evidence, with no thumbnail", async () => {
    const broken = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const stored = await store(broken);
    expect((await getPhoto(ctx, { id: stored.id }))?.bytes.length).toBe(broken.length);
    expect(await thumbnail(stored.id)).toBeNull();
  });

  it("makes the thumbnail on first use for a photo stored before thumbnails, and keeps it", async () => {
    const bytes = await cameraPhoto(800, 600);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    await db.prisma.photoContent.create({ data: { sha256, bytes } });
    const photo = await db.prisma.photo.create({
      data: { sha256, mimeType: "image/jpeg", byteSize: bytes.length, uploadedById: ctx.actor.id },
    });
    expect(jpegSize((await thumbnail(photo.id))?.bytes ?? new Uint8Array())).toEqual({
      width: 320,
      height: 240,
    });
    const kept = await db.prisma.photoContent.findUnique({
      where: { sha256 },
      select: { thumbnail: true },
    });
    expect(jpegSize(kept?.thumbnail ?? new Uint8Array())).toEqual({ width: 320, height: 240 });
  });
});
