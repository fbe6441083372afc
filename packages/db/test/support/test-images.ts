// Real, decodable test images built byte by byte, so tests need no binary fixtures.
import { crc32, deflateSync } from "node:zlib";

const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const segment = (marker: number, body: number[]) => [
  0xff,
  marker,
  ...u16(body.length + 2),
  ...body,
];

/**
 * A 1×1 grey baseline JPEG: one 8×8 block whose DC difference and AC coefficients are all
 * zero, coded with one-symbol Huffman tables. `comment` (a COM segment) varies the bytes
 * and pads the file to a size.
 */
export function jpeg(options: { comment?: string; app1?: number[] } = {}): Uint8Array<ArrayBuffer> {
  const huffman = (tableClass: number) => [tableClass, 1, ...Array(15).fill(0), 0x00];
  return Uint8Array.from([
    0xff,
    0xd8,
    ...(options.app1 ? segment(0xe1, options.app1) : []),
    ...(options.comment ? segment(0xfe, ascii(options.comment)) : []),
    ...segment(0xdb, [0x00, ...Array(64).fill(1)]),
    ...segment(0xc0, [8, ...u16(1), ...u16(1), 1, 1, 0x11, 0]),
    ...segment(0xc4, huffman(0x00)),
    ...segment(0xc4, huffman(0x10)),
    ...segment(0xda, [1, 1, 0x00, 0, 63, 0]),
    0x3f, // DC category 0 ("0"), end of block ("0"), padded with ones
    0xff,
    0xd9,
  ]);
}

type Entry = { tag: number; ascii?: string; long?: number; rationals?: number[] };

/** A big-endian TIFF IFD at `start`; values over 4 bytes follow it. */
function ifd(entries: Entry[], start: number): number[] {
  const head: number[] = [...u16(entries.length)];
  const data: number[] = [];
  const dataStart = start + 2 + entries.length * 12 + 4;
  for (const e of entries) {
    const [type, count, bytes] = e.ascii
      ? [2, e.ascii.length + 1, [...ascii(e.ascii), 0]]
      : e.rationals
        ? [5, e.rationals.length / 2, e.rationals.flatMap(u32)]
        : [4, 1, u32(e.long ?? 0)];
    head.push(...u16(e.tag), ...u16(type), ...u32(count));
    if (bytes.length <= 4) head.push(...bytes, ...Array(4 - bytes.length).fill(0));
    else {
      head.push(...u32(dataStart + data.length));
      data.push(...bytes);
    }
  }
  return [...head, ...u32(0), ...data];
}

export interface ExifFixture {
  dateTimeOriginal: string;
  offsetTimeOriginal?: string;
  /** Degrees, minutes, seconds as numerator/denominator pairs. */
  latitude: number[];
  longitude: number[];
  latitudeRef?: "N" | "S";
  longitudeRef?: "E" | "W";
}

/** The body of an APP1 "Exif" segment with DateTimeOriginal and a GPS position. */
export function exifApp1(f: ExifFixture): number[] {
  const exifEntries: Entry[] = [{ tag: 0x9003, ascii: f.dateTimeOriginal }];
  if (f.offsetTimeOriginal) exifEntries.push({ tag: 0x9011, ascii: f.offsetTimeOriginal });
  const exifStart = 8 + 30; // after the header and IFD0's two pointer entries
  const exifIfd = ifd(exifEntries, exifStart);
  const gpsStart = exifStart + exifIfd.length;
  const gpsIfd = ifd(
    [
      { tag: 1, ascii: f.latitudeRef ?? "N" },
      { tag: 2, rationals: f.latitude },
      { tag: 3, ascii: f.longitudeRef ?? "E" },
      { tag: 4, rationals: f.longitude },
    ],
    gpsStart,
  );
  const ifd0 = ifd(
    [
      { tag: 0x8769, long: exifStart },
      { tag: 0x8825, long: gpsStart },
    ],
    8,
  );
  return [...ascii("Exif"), 0, 0, ...ascii("MM"), 0, 42, ...u32(8), ...ifd0, ...exifIfd, ...gpsIfd];
}

/** A 1×1 greyscale PNG. */
export function png(grey = 0x80): Uint8Array<ArrayBuffer> {
  const chunk = (type: string, body: Uint8Array | number[]) => {
    const typed = Uint8Array.from([...ascii(type), ...body]);
    return [...u32(typed.length - 4), ...typed, ...u32(crc32(typed))];
  };
  return Uint8Array.from([
    0x89,
    ...ascii("PNG"),
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk("IHDR", [...u32(1), ...u32(1), 8, 0, 0, 0, 0]),
    ...chunk("IDAT", deflateSync(Uint8Array.from([0, grey]))),
    ...chunk("IEND", []),
  ]);
}

/** A 1×1 lossless WebP (the one browsers' feature checks use). */
export const WEBP = Uint8Array.from(
  Buffer.from("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==", "base64"),
);
