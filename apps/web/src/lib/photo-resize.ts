/** The long side a photo is brought down to before it leaves the phone (decision 0024). */
export const PHOTO_LONG_SIDE = 1600;

// What a browser decodes everywhere; anything else (HEIC from an album, say) goes as it is and
// the server says whether it takes it.
const DECODABLE = /^image\/(jpeg|png|webp)$/;

/**
 * A photo as it is uploaded: one whose long side is over 1600 px becomes a JPEG of 1600 px
 * (browser-image-compression, on this thread: its worker would load the library from a CDN),
 * keeping the JPEG's EXIF — the time and place the server reads — with the orientation
 * reset, since the pixels are already upright. A smaller photo, or one the browser cannot
 * decode or shrink, is kept as chosen: never worse than no resizing.
 */
export async function resizePhoto(photo: Blob): Promise<Blob> {
  if (!DECODABLE.test(photo.type)) return photo;
  try {
    const bitmap = await createImageBitmap(photo);
    const longSide = Math.max(bitmap.width, bitmap.height);
    bitmap.close();
    if (longSide <= PHOTO_LONG_SIDE) return photo;
    // Its own chunk, fetched with the first large photo (precached for the phone screens).
    const { default: imageCompression } = await import("browser-image-compression");
    const file = photo instanceof File ? photo : new File([photo], "photo", { type: photo.type });
    return await imageCompression(file, {
      maxWidthOrHeight: PHOTO_LONG_SIDE,
      fileType: "image/jpeg",
      initialQuality: 0.85,
      preserveExif: true,
      useWebWorker: false,
    });
  } catch {
    return photo;
  }
}
