import exifr from "exifr";
import sharp from "sharp";
import { exifApp1 } from "../../../../packages/db/test/support/test-images.ts";

/** A camera photo's EXIF as the fixtures write it: a time, and a position near 华阴. */
export const PHOTO_EXIF = {
  dateTimeOriginal: "2026:11:20 09:41:07",
  latitude: [34, 1, 33, 1, 2710, 100], // 34° 33' 27.10"
  longitude: [110, 1, 5, 1, 1234, 100], // 110° 5' 12.34"
};

/**
 * A noisy JPEG of that size made with sharp (noise, so it does not compress to nothing), with
 * PHOTO_EXIF in an APP1 segment right after the start-of-image marker, where a camera writes it.
 */
export async function exifPhoto(width: number, height: number, exif = true): Promise<Buffer> {
  const noise = { type: "gaussian" as const, mean: 128, sigma: 40 };
  const plain = await sharp({
    create: { width, height, channels: 3, background: "#808080", noise },
  })
    .jpeg({ quality: 90 })
    .toBuffer();
  if (!exif) return plain;
  const app1 = Buffer.from(exifApp1(PHOTO_EXIF));
  const length = Buffer.alloc(2);
  length.writeUInt16BE(app1.length + 2);
  return Buffer.concat([
    plain.subarray(0, 2),
    Buffer.from([0xff, 0xe1]),
    length,
    app1,
    plain.subarray(2),
  ]);
}

/** The tags the server reads from an upload (packages/db/src/services/photos.ts). */
export const readPhotoTags = (bytes: Buffer) =>
  exifr.parse(bytes, { tiff: true, exif: true, gps: true, reviveValues: false }) as Promise<
    { DateTimeOriginal?: string; latitude?: number; longitude?: number } | undefined
  >;
