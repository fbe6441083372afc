/** Width and height from a JPEG's frame header (SOF0–SOF15 but DHT/JPG/DAC), read by hand. */
export function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error(`not a JPEG marker at ${i}`);
    const marker = bytes[i + 1] as number;
    const length = ((bytes[i + 2] as number) << 8) | (bytes[i + 3] as number);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      const height = ((bytes[i + 5] as number) << 8) | (bytes[i + 6] as number);
      const width = ((bytes[i + 7] as number) << 8) | (bytes[i + 8] as number);
      return { width, height };
    }
    i += 2 + length;
  }
  throw new Error("no frame header");
}

/** Whether the JPEG carries an EXIF segment (APP1 "Exif\0\0"), where GPS positions live. */
export function hasExif(bytes: Uint8Array): boolean {
  return Buffer.from(bytes).includes(Buffer.from("Exif\0\0", "latin1"));
}
