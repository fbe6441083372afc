import { createHash } from "node:crypto";
import {
  type Actor,
  DomainError,
  type PhotoMimeType,
  photoTooLarge,
  SHANGHAI_OFFSET_MS,
  sniffImageType,
} from "@cw/domain";
import exifr from "exifr";
import { recordAudit } from "./audit.ts";
import { PHOTO_SCOPE, photoVisibleTo } from "./photo-refs.ts";
import { makeThumbnail, thumbnailOf } from "./photo-thumbnail.ts";
import type { ServiceContext } from "./service-context.ts";

export interface StoredPhoto {
  id: string;
  sha256: string;
  mimeType: PhotoMimeType;
  byteSize: number;
  capturedAt: Date | null;
  latitude: number | null;
  longitude: number | null;
}

export interface PhotoUpload {
  bytes: Uint8Array;
  /** The limit the body was read under (the settings' maxPhotoBytes); checked again here. */
  maxBytes: number;
}

/**
 * Validates and stores a photo. The bytes go to photo_content once per sha256 (the same
 * picture attached to several findings costs its size once); each upload gets its own photo
 * row and audit event, all in one transaction.
 */
export async function storePhoto(
  // A citizen's photo comes without an account (decision 0026): no uploader.
  ctx: ServiceContext<Actor | null>,
  upload: PhotoUpload,
): Promise<StoredPhoto> {
  const { bytes, maxBytes } = upload;
  if (bytes.length === 0) throw new DomainError("bad_request", "photo.empty");
  if (bytes.length > maxBytes) throw photoTooLarge(maxBytes);
  const mimeType = sniffImageType(bytes);
  if (!mimeType) throw new DomainError("bad_request", "photo.unsupported_type");

  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const exif = await readExif(bytes, mimeType);
  // Made before the transaction: decoding a 12-megapixel photo takes longer than a write.
  const thumbnail = await makeThumbnail(bytes);
  // A 10 MB insert on a slow disk can outlast Prisma's 5 s default.
  const photo = await ctx.prisma.$transaction(
    async (tx) => {
      const known = await tx.photoContent.findUnique({
        where: { sha256 },
        select: { sha256: true },
      });
      if (!known) {
        // ON CONFLICT DO NOTHING: a concurrent upload of the same bytes is not an error.
        await tx.photoContent.createMany({
          // A copy typed as Prisma's Bytes (Uint8Array<ArrayBuffer>); a Buffer may be a view.
          data: [
            {
              sha256,
              bytes: new Uint8Array(bytes),
              thumbnail: thumbnail ? new Uint8Array(thumbnail) : null,
            },
          ],
          skipDuplicates: true,
        });
      }
      const row = await tx.photo.create({
        data: {
          sha256,
          mimeType,
          byteSize: bytes.length,
          uploadedById: ctx.actor?.id ?? null,
          createdAt: ctx.now,
          ...exif,
        },
        select: { id: true },
      });
      const stored: StoredPhoto = { id: row.id, sha256, mimeType, byteSize: bytes.length, ...exif };
      await recordAudit(tx, ctx, {
        entityType: "photo",
        entityId: row.id,
        action: "upload",
        after: stored,
      });
      return stored;
    },
    { timeout: 60_000 },
  );
  return photo;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The bytes to serve, or null for an unknown id (a malformed id is unknown, not a fault) and
 * for a photo the actor may not see (photo-refs.ts): another unit's evidence is not confirmed.
 */
export async function getPhoto(
  ctx: ServiceContext<Actor>,
  input: { id: string; variant?: "original" | "thumbnail" },
): Promise<{ mimeType: string; bytes: Uint8Array } | null> {
  const { id } = input;
  if (!UUID.test(id)) return null;
  const photo = await ctx.prisma.photo.findUnique({
    where: { id },
    select: { mimeType: true, sha256: true, ...PHOTO_SCOPE },
  });
  if (!photo || !photoVisibleTo(ctx.actor, photo)) return null;
  if (input.variant === "thumbnail") {
    const thumbnail = await thumbnailOf(ctx.prisma, photo.sha256);
    return thumbnail ? { mimeType: "image/jpeg", bytes: thumbnail } : null;
  }
  // The bytes only once the check passed: a refused read costs no 10 MB load.
  const content = await ctx.prisma.photo.findUnique({
    where: { id },
    select: { content: { select: { bytes: true } } },
  });
  return content ? { mimeType: photo.mimeType, bytes: content.content.bytes } : null;
}

interface ExifFacts {
  capturedAt: Date | null;
  latitude: number | null;
  longitude: number | null;
}
const NO_EXIF: ExifFacts = { capturedAt: null, latitude: null, longitude: null };

/**
 * Capture time and place from EXIF. Broken or missing EXIF gives nulls: the photo itself is
 * still evidence, so metadata never fails an upload. exifr 7 cannot read WebP.
 */
async function readExif(bytes: Uint8Array, mimeType: PhotoMimeType): Promise<ExifFacts> {
  if (mimeType === "image/webp") return NO_EXIF;
  let tags: Record<string, unknown> | undefined;
  try {
    tags = await exifr.parse(bytes, {
      tiff: true,
      exif: true,
      gps: true,
      ifd1: false,
      interop: false,
      xmp: false,
      icc: false,
      iptc: false,
      jfif: false,
      ihdr: false,
      makerNote: false,
      userComment: false,
      // Raw strings: exifr would read the zone-less time in the server's own zone.
      reviveValues: false,
      pick: ["DateTimeOriginal", "OffsetTimeOriginal", "GPSLatitude", "GPSLatitudeRef"].concat([
        "GPSLongitude",
        "GPSLongitudeRef",
      ]),
    });
  } catch {
    return NO_EXIF;
  }
  if (!tags) return NO_EXIF;
  return {
    capturedAt: exifTime(tags.DateTimeOriginal, tags.OffsetTimeOriginal),
    latitude: coordinate(tags.latitude, 90),
    longitude: coordinate(tags.longitude, 180),
  };
}

const EXIF_TIME = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/**
 * "YYYY:MM:DD HH:MM:SS" has no zone. Cameras used here are set to Beijing time, so it is
 * read as +08:00 unless the camera also wrote OffsetTimeOriginal (EXIF 2.31).
 */
export function exifTime(value: unknown, offset: unknown): Date | null {
  const m = typeof value === "string" ? EXIF_TIME.exec(value.trim()) : null;
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const local = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(local);
  // Rejects "0000:00:00 00:00:00" (a common placeholder), a year past what the product stores
  // (2100), and impossible dates like 02-30.
  if (
    y < 1990 ||
    y > 2100 ||
    check.getUTCMonth() !== mo - 1 ||
    check.getUTCDate() !== d ||
    h > 23 ||
    mi > 59 ||
    s > 59
  )
    return null;
  const o = typeof offset === "string" ? OFFSET.exec(offset.trim()) : null;
  const offsetMs = o
    ? (o[1] === "-" ? -1 : 1) * (Number(o[2]) * 60 + Number(o[3])) * 60_000
    : SHANGHAI_OFFSET_MS;
  return new Date(local - offsetMs);
}

/** Degrees rounded to the column's 6 decimals (about 0.1 m); out of range is no position. */
function coordinate(value: unknown, limit: number): number | null {
  if (typeof value !== "number" || !Number.isFinite(value) || Math.abs(value) > limit) return null;
  return Math.round(value * 1e6) / 1e6;
}
