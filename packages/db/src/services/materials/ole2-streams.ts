import type { MaterialMimeType } from "@cw/domain";

const END_OF_CHAIN = 0xfffffffe;
/** Stream names of the legacy Office applications, in the compound file's directory. */
const STREAMS: [string, MaterialMimeType][] = [
  ["WordDocument", "application/msword"],
  ["Workbook", "application/vnd.ms-excel"],
  ["Book", "application/vnd.ms-excel"], // Excel 5/95
  ["PowerPoint Document", "application/vnd.ms-powerpoint"],
];

/**
 * Which legacy Office document an OLE2 compound file is, from the stream names in its
 * directory ([MS-CFB]); null for other compound files (installers, mail, thumbnails) and for
 * anything truncated or malformed.
 */
export function ole2DocumentType(bytes: Uint8Array): MaterialMimeType | null {
  if (bytes.length < 512) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return null;
  const size = 1 << shift;
  const maxSectors = Math.ceil(bytes.length / size);
  const fat = fatSectors(view, size, maxSectors);
  if (!fat) return null;
  const names = new Set<string>();
  let sector = view.getUint32(0x30, true);
  // Every step must land inside the file, and a chain longer than the file is a cycle.
  for (let steps = 0; sector !== END_OF_CHAIN; steps++) {
    const base = (sector + 1) * size;
    if (steps > maxSectors || base + size > bytes.length) return null;
    for (let entry = base; entry < base + size; entry += 128) {
      const nameBytes = Math.min(view.getUint16(entry + 0x40, true), 64);
      const type = view.getUint8(entry + 0x42);
      if (type !== 2 || nameBytes < 2) continue; // 2 = stream
      names.add(new TextDecoder("utf-16le").decode(bytes.subarray(entry, entry + nameBytes - 2)));
    }
    const next = nextSector(view, fat, size, sector);
    if (next === null) return null;
    sector = next;
  }
  return STREAMS.find(([name]) => names.has(name))?.[1] ?? null;
}

/** The FAT's own sectors: 109 in the header, the rest in the DIFAT chain. */
function fatSectors(view: DataView, size: number, maxSectors: number): number[] | null {
  const count = view.getUint32(0x2c, true);
  if (count > maxSectors) return null;
  const sectors: number[] = [];
  for (let i = 0; i < 109 && sectors.length < count; i++) {
    sectors.push(view.getUint32(0x4c + i * 4, true));
  }
  let difat = view.getUint32(0x44, true);
  for (let steps = 0; sectors.length < count; steps++) {
    const base = (difat + 1) * size;
    if (steps > maxSectors || base + size > view.byteLength) return null;
    for (let i = 0; i < size / 4 - 1 && sectors.length < count; i++) {
      sectors.push(view.getUint32(base + i * 4, true));
    }
    difat = view.getUint32(base + size - 4, true);
  }
  return sectors;
}

function nextSector(view: DataView, fat: number[], size: number, sector: number): number | null {
  const perSector = size / 4;
  const fatSector = fat[Math.floor(sector / perSector)];
  if (fatSector === undefined) return null;
  const at = (fatSector + 1) * size + (sector % perSector) * 4;
  return at + 4 > view.byteLength ? null : view.getUint32(at, true);
}
