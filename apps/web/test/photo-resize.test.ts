// Photos are resized on the phone before upload (issue 12, decision 0024): the real
// src/lib/photo-resize.ts, bundled by Vite as the app's build would, runs in headless
// Chromium on JPEGs made here with sharp and EXIF time and GPS written byte by byte; what
// comes back is read in Node with sharp (size) and exifr (the tags the server reads).
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import sharp from "sharp";
import { build, type Rolldown } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserOrSkip, launchChromium } from "../../server/test/support/browser.ts";
import {
  exifPhoto as photo,
  readPhotoTags as readTags,
} from "../../server/test/support/exif-photo.ts";

const chromium = browserOrSkip();
const MODULE = fileURLToPath(new URL("../src/lib/photo-resize.ts", import.meta.url));

// Decoding and encoding megapixels on a shared two-core machine takes seconds.
describe.skipIf(chromium.skip)(
  "resizing a photo on the phone, in Chromium",
  { timeout: 90_000 },
  () => {
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      const out = (await build({
        configFile: false,
        logLevel: "silent",
        build: {
          write: false,
          minify: false,
          // One script (an IIFE has no chunks): the library's dynamic import is inlined.
          lib: { entry: MODULE, formats: ["iife"], name: "photoResize" },
        },
      })) as Rolldown.RolldownOutput[];
      const code = out.flatMap((o) => o.output).find((c) => c.type === "chunk")?.code ?? "";
      browser = await launchChromium(chromium.path as string);
      page = await browser.newPage();
      await page.setContent("<!doctype html><title>resize</title>");
      await page.addScriptTag({ content: code });
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    /** Runs resizePhoto in the page on these bytes; returns the result's bytes and type. */
    async function resize(bytes: Buffer, type: string) {
      const result = await page.evaluate(
        async ({ base64, type }) => {
          const input = new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], "p", {
            type,
          });
          const w = window as unknown as { photoResize: { resizePhoto(b: Blob): Promise<Blob> } };
          const output = await w.photoResize.resizePhoto(input);
          const out = new Uint8Array(await output.arrayBuffer());
          let binary = "";
          for (const b of out) binary += String.fromCharCode(b);
          return { base64: btoa(binary), type: output.type, same: output === input };
        },
        { base64: bytes.toString("base64"), type },
      );
      return { bytes: Buffer.from(result.base64, "base64"), type: result.type, same: result.same };
    }

    it("brings a 3200×2400 JPEG down to 1600 px on its long side, keeping EXIF time and GPS", async () => {
      const input = await photo(3200, 2400, true);
      const before = await readTags(input);
      // The fixture's own tags, worked out by hand: 34 + 33/60 + 27.1/3600, 110 + 5/60 + 12.34/3600.
      expect(before?.DateTimeOriginal).toBe("2026:11:20 09:41:07");
      expect(before?.latitude).toBeCloseTo(34.557528, 5);
      expect(before?.longitude).toBeCloseTo(110.086761, 5);

      const output = await resize(input, "image/jpeg");
      expect(output.type).toBe("image/jpeg");
      const meta = await sharp(output.bytes).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["jpeg", 1600, 1200]);
      expect(output.bytes.length).toBeLessThan(input.length);
      const after = await readTags(output.bytes);
      expect(after?.DateTimeOriginal).toBe(before?.DateTimeOriginal);
      expect(after?.latitude).toBe(before?.latitude);
      expect(after?.longitude).toBe(before?.longitude);
    });

    it("brings a portrait photo down by its height", async () => {
      const output = await resize(await photo(1800, 2400, true), "image/jpeg");
      const meta = await sharp(output.bytes).metadata();
      expect([meta.width, meta.height]).toEqual([1200, 1600]);
    });

    it("keeps a photo already 1600 px or smaller exactly as chosen", async () => {
      const input = await photo(1600, 1200, true);
      const output = await resize(input, "image/jpeg");
      expect(output.same).toBe(true);
      expect(output.bytes.equals(input)).toBe(true);
    });

    it("turns a large PNG into a 1600 px JPEG, and leaves what the browser cannot decode alone", async () => {
      const png = await sharp({
        create: { width: 2000, height: 1000, channels: 3, background: "#c8102e" },
      })
        .png()
        .toBuffer();
      const output = await resize(png, "image/png");
      const meta = await sharp(output.bytes).metadata();
      expect([output.type, meta.format, meta.width, meta.height]).toEqual([
        "image/jpeg",
        "jpeg",
        1600,
        800,
      ]);

      const heic = Buffer.from("not a picture this browser decodes");
      const kept = await resize(heic, "image/heic");
      expect(kept.same).toBe(true);
      const broken = await resize(heic, "image/jpeg");
      expect(broken.same).toBe(true);
    });
  },
);
