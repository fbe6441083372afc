import { DomainError } from "../errors.ts";
import { photoLimitMb } from "../photo-type.ts";

/**
 * What a materials file may be: PDF, the photo formats, and Office documents (the OOXML
 * formats, and the legacy binary ones still common in government offices). The type is
 * always read from the bytes; the name a user gave is kept only for display.
 */
export const MATERIAL_MIME_TYPES = [
  "application/pdf",
  "image/jpeg",
  "image/png",
  "image/webp",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/msword",
  "application/vnd.ms-excel",
  "application/vnd.ms-powerpoint",
] as const;
export type MaterialMimeType = (typeof MATERIAL_MIME_TYPES)[number];

/** One error for "too large" whether the header, the stream or the store notices first. */
export function materialTooLarge(maxBytes: number): DomainError {
  return new DomainError("bad_request", "material.too_large", { limitMb: photoLimitMb(maxBytes) });
}

/**
 * The name shown and offered on download: the last path segment, without control characters,
 * at most 200 characters. Null when nothing usable is left.
 */
export function cleanFileName(raw: string | null | undefined): string | null {
  const base = (raw ?? "").split(/[/\\]/).pop() ?? "";
  // Control characters would break the Content-Disposition header and confuse logs.
  const printable = [...base].filter((c) => c.charCodeAt(0) > 0x1f && c !== "\u007f").join("");
  const clean = printable.trim().slice(0, 200);
  return clean === "" || clean === "." || clean === ".." ? null : clean;
}
