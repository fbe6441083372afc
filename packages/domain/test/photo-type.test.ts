import { describe, expect, it } from "vitest";
import { sniffImageType } from "../src/photo-type.ts";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)),
  );

describe("sniffImageType (magic bytes, never the name)", () => {
  it("recognises JPEG from FF D8 FF", () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe("image/jpeg");
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff]))).toBe("image/jpeg");
  });

  it("recognises PNG from its 8-byte signature", () => {
    const png = bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR");
    expect(sniffImageType(png)).toBe("image/png");
  });

  it("recognises WebP as a RIFF container of form WEBP", () => {
    expect(sniffImageType(bytes("RIFF", [0x1a, 0, 0, 0], "WEBPVP8L"))).toBe("image/webp");
  });

  it("refuses other RIFF files such as WAV", () => {
    expect(sniffImageType(bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt "))).toBeNull();
  });

  it("refuses text, PDF, GIF, truncated signatures and empty input", () => {
    expect(sniffImageType(bytes("just some text, named photo.jpg"))).toBeNull();
    expect(sniffImageType(bytes("%PDF-1.7\n"))).toBeNull();
    expect(sniffImageType(bytes("GIF89a"))).toBeNull();
    expect(sniffImageType(bytes([0xff, 0xd8]))).toBeNull();
    expect(sniffImageType(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a]))).toBeNull();
    expect(sniffImageType(bytes("RIFF", [0, 0, 0, 0], "WEB"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});
