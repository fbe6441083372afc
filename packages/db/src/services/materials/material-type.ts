import { type MaterialMimeType, sniffImageType } from "@cw/domain";
import { ole2DocumentType } from "./ole2-streams.ts";
import { zipContentTypes } from "./zip-content-types.ts";

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4", a local file header
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The main part's content type in [Content_Types].xml names the Office application. */
const OOXML: Record<string, MaterialMimeType> = {
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml":
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml":
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml":
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
};

/**
 * A materials file's type from its bytes alone. A ZIP counts as an Office document only when
 * its [Content_Types].xml declares a Word, Excel or PowerPoint main part (so a renamed
 * archive, or a macro-enabled .docm, is refused); an OLE2 container only when its directory
 * holds a Word, Excel or PowerPoint stream (so an .msi or .msg renamed .doc is refused).
 */
export function sniffMaterialType(bytes: Uint8Array): MaterialMimeType | null {
  if (startsWith(bytes, PDF)) return "application/pdf";
  const image = sniffImageType(bytes);
  if (image) return image;
  if (startsWith(bytes, ZIP)) {
    const types = zipContentTypes(bytes) ?? [];
    for (const type of types) {
      const office = OOXML[type];
      if (office) return office;
    }
    return null;
  }
  if (startsWith(bytes, OLE2)) return ole2DocumentType(bytes);
  return null;
}
