import { readFileSync } from "node:fs";
import sharp from "sharp";
import type { Plugin } from "vite";

const SOURCE = new URL("../src/app-shell/app-icon.svg", import.meta.url);

/** The icons the web manifest names, each drawn from the one SVG at build time (no network). */
export const APP_ICONS = [
  { src: "icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
  { src: "icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
  { src: "icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
] as const;

/** iOS reads its home-screen icon from a link in index.html, not from the manifest. */
export const APPLE_TOUCH_ICON = { src: "icons/apple-touch-icon.png", sizes: "180x180" } as const;

/** Emits the SVG itself (the favicon) and every PNG of APP_ICONS into the build. */
export function appIcons(): Plugin {
  return {
    name: "cw-app-icons",
    apply: "build",
    async generateBundle() {
      const svg = readFileSync(SOURCE);
      this.emitFile({ type: "asset", fileName: "icons/icon.svg", source: svg });
      for (const icon of [...APP_ICONS, APPLE_TOUCH_ICON]) {
        const size = Number(icon.sizes.split("x")[0]);
        const png = await sharp(svg, { density: 144 }).resize(size, size).png().toBuffer();
        this.emitFile({ type: "asset", fileName: icon.src, source: png });
      }
    },
  };
}
