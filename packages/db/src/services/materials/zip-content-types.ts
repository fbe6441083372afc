import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50; // end of central directory
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const NAME = "[Content_Types].xml";
/** The part lists a few dozen types; anything bigger is not an Office package (or a bomb). */
const MAX_XML_BYTES = 1024 * 1024;

/**
 * The content types declared in an OOXML package's [Content_Types].xml, or null when the
 * bytes are not a readable ZIP with that part. Reads the central directory (the authority on
 * where entries are) rather than trusting the first local header.
 */
export function zipContentTypes(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEocd(view);
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (name === NAME) {
      const xml = readEntry(bytes, view, view.getUint32(at + 42, true), method, compressed);
      return xml === null
        ? null
        : [...xml.matchAll(/ContentType="([^"]+)"/g)].map((m) => m[1] ?? "");
    }
    at += 46 + skip;
  }
  return null;
}

function findEocd(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  return -1;
}

function readEntry(
  bytes: Uint8Array,
  view: DataView,
  offset: number,
  method: number,
  compressed: number,
): string | null {
  if (offset + 30 > view.byteLength || view.getUint32(offset, true) !== LOCAL) return null;
  const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
  // 0xFFFFFFFF means ZIP64, which no Office application writes for this small part.
  if (compressed === 0xffffffff || start + compressed > bytes.length) return null;
  const data = bytes.subarray(start, start + compressed);
  try {
    if (method === 0) return data.length > MAX_XML_BYTES ? null : new TextDecoder().decode(data);
    if (method !== 8) return null;
    return inflateRawSync(data, { maxOutputLength: MAX_XML_BYTES }).toString("utf8");
  } catch {
    return null;
  }
}
