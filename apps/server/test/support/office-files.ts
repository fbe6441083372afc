// Minimal but well-formed files of each accepted kind, built in the test so no binary
// fixtures live in the repository.
import { crc32, deflateRawSync } from "node:zlib";

const u16 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A ZIP with deflated entries, as Office writes it (local headers, central directory, end). */
export function zip(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text, "utf8");
    const data = deflateRawSync(raw);
    const nameBytes = Buffer.from(name, "utf8");
    const common = Buffer.concat([
      u16(20),
      u16(0),
      u16(8),
      u16(0),
      u16(0x21), // version, flags, deflate, time, date
      u32(crc32(raw)),
      u32(data.length),
      u32(raw.length),
      u16(nameBytes.length),
      u16(0),
    ]);
    const local = Buffer.concat([u32(0x04034b50), common, nameBytes, data]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        common,
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        nameBytes,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const count = centrals.length;
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(count),
    u16(count),
    u32(central.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, central, end]);
}

const OOXML_MAIN = {
  docx: ["/word/document.xml", "wordprocessingml.document.main+xml"],
  xlsx: ["/xl/workbook.xml", "spreadsheetml.sheet.main+xml"],
  pptx: ["/ppt/presentation.xml", "presentationml.presentation.main+xml"],
} as const;

/** An Office Open XML package whose [Content_Types].xml names its main part. */
export function ooxml(kind: keyof typeof OOXML_MAIN): Buffer {
  const [part, type] = OOXML_MAIN[kind];
  const types =
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/></Types>`;
  return zip({ "[Content_Types].xml": types, [part.slice(1)]: "<x/>" });
}

/**
 * A compound file (OLE2, [MS-CFB]) with 512-byte sectors: header, one FAT sector, one
 * directory sector holding the root entry and one stream named `stream`.
 */
export function ole2(stream: string): Buffer {
  const header = Buffer.alloc(512);
  Buffer.from("d0cf11e0a1b11ae1", "hex").copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18); // minor version
  header.writeUInt16LE(3, 0x1a); // major version 3
  header.writeUInt16LE(0xfffe, 0x1c); // little-endian
  header.writeUInt16LE(9, 0x1e); // 512-byte sectors
  header.writeUInt16LE(6, 0x20); // 64-byte mini sectors
  header.writeUInt32LE(1, 0x2c); // one FAT sector
  header.writeUInt32LE(1, 0x30); // directory in sector 1
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44); // no DIFAT sectors
  header.fill(0xff, 0x4c);
  header.writeUInt32LE(0, 0x4c); // the FAT is sector 0
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: FAT
  fat.writeUInt32LE(0xfffffffe, 4); // sector 1: directory, end of chain
  const dir = Buffer.alloc(512);
  entry("Root Entry", 5).copy(dir, 0);
  entry(stream, 2).copy(dir, 128);
  return Buffer.concat([header, fat, dir]);
}

function entry(name: string, type: number): Buffer {
  const e = Buffer.alloc(128);
  e.write(name, 0, "utf16le");
  e.writeUInt16LE((name.length + 1) * 2, 0x40);
  e.writeUInt8(type, 0x42);
  e.writeUInt32LE(0xffffffff, 0x44);
  e.writeUInt32LE(0xffffffff, 0x48);
  e.writeUInt32LE(0xffffffff, 0x4c);
  return e;
}

export const pdf = (text = "申报材料") =>
  Buffer.from(`%PDF-1.7\n1 0 obj << /Title (${text}) >> endobj\ntrailer << >>\n%%EOF\n`);
