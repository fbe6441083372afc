import { DomainError } from "./errors.ts";

export const PHOTO_MIME_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoMimeType = (typeof PHOTO_MIME_TYPES)[number];

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RIFF = [0x52, 0x49, 0x46, 0x46]; // "RIFF"
const WEBP = [0x57, 0x45, 0x42, 0x50]; // "WEBP"

const startsWith = (bytes: Uint8Array, magic: number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

/**
 * The photo type from its first bytes. A file name or a client's Content-Type can claim
 * anything, so only the magic numbers decide what is stored and served.
 */
export function sniffImageType(bytes: Uint8Array): PhotoMimeType | null {
  if (startsWith(bytes, JPEG)) return "image/jpeg";
  if (startsWith(bytes, PNG)) return "image/png";
  // RIFF is a container (WAV and AVI use it too); bytes 4–7 are its size, 8–11 the form type.
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "image/webp";
  return null;
}

/** The limit as users read it ("10 MB"), one decimal at most. */
export function photoLimitMb(maxBytes: number): number {
  return Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
}

/** One error for "too large" whether the server or the store notices first. */
export function photoTooLarge(maxBytes: number): DomainError {
  return new DomainError("bad_request", "photo.too_large", { limitMb: photoLimitMb(maxBytes) });
}
