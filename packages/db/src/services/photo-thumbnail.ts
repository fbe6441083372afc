import type SharpModule from "sharp";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** The long side of a thumbnail: sharp on a phone's screen at 2× in a 160 px tile. */
export const THUMBNAIL_LONG_SIDE = 320;

let loaded: Promise<typeof SharpModule> | undefined;
/** libvips on the first upload, not at start (~10 MB of a server's memory). */
function loadSharp(): Promise<typeof SharpModule> {
  loaded ??= import("sharp").then(({ default: sharp }) => {
    // libvips keeps decoded images in a cache by default: a server that thumbnails thousands
    // of photos would hold them all. One image at a time per call is enough on two cores.
    sharp.cache(false);
    sharp.concurrency(1);
    return sharp;
  });
  return loaded;
}

/**
 * A JPEG of at most THUMBNAIL_LONG_SIDE px, turned upright by its EXIF orientation and with no
 * metadata (no GPS position leaves in a thumbnail); null when the bytes do not decode — such a
 * photo is still kept as evidence, it only has no thumbnail.
 */
export async function makeThumbnail(bytes: Uint8Array): Promise<Uint8Array | null> {
  const sharp = await loadSharp();
  try {
    const out = await sharp(bytes, { limitInputPixels: 100_000_000 })
      .rotate()
      .resize(THUMBNAIL_LONG_SIDE, THUMBNAIL_LONG_SIDE, { fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 72, mozjpeg: true })
      .toBuffer();
    return new Uint8Array(out);
  } catch {
    return null;
  }
}

/**
 * The stored thumbnail of a content hash; made and kept on first use for photos stored before
 * thumbnails existed. Null for an unknown hash and for bytes that do not decode.
 */
export async function thumbnailOf(
  prisma: PrismaClient,
  sha256: string,
): Promise<Uint8Array | null> {
  const stored = await prisma.photoContent.findUnique({
    where: { sha256 },
    select: { thumbnail: true },
  });
  if (!stored) return null;
  if (stored.thumbnail) return stored.thumbnail;
  const content = await prisma.photoContent.findUnique({
    where: { sha256 },
    select: { bytes: true },
  });
  const thumbnail = content ? await makeThumbnail(content.bytes) : null;
  if (thumbnail) {
    // Two first reads at once make the same bytes: either write is right.
    await prisma.photoContent.updateMany({
      where: { sha256, thumbnail: null },
      data: { thumbnail: new Uint8Array(thumbnail) },
    });
  }
  return thumbnail;
}
