import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { VitePWA } from "vite-plugin-pwa";
import { APP_ICONS, appIcons } from "./scripts/app-icons.ts";
import { phonePrecache } from "./scripts/phone-precache.ts";

const DIST = fileURLToPath(new URL("dist", import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    appIcons(),
    // The phone's installable app shell (decision 0024): src/app-shell/sw.ts becomes sw.js
    // with the precache list injected; the phone screens register it themselves
    // (register-app-shell.ts), so nothing is added to index.html but the manifest link.
    VitePWA({
      strategies: "injectManifest",
      srcDir: "src/app-shell",
      filename: "sw.ts",
      injectRegister: false,
      manifest: {
        name: "创文督查",
        short_name: "创文督查",
        description: "创文督查整改系统",
        lang: "zh-CN",
        start_url: "/",
        scope: "/",
        display: "standalone",
        background_color: "#ffffff",
        theme_color: "#c8102e",
        icons: [...APP_ICONS],
      },
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ["**/*.{js,css,html,json,png,svg,webmanifest}"],
        globIgnores: ["sw.js", ".vite/**"],
        manifestTransforms: [phonePrecache(DIST)],
        rollupFormat: "iife",
        // The hashed chunk names already change with their content.
        dontCacheBustURLsMatching: /^assets\//,
      },
    }),
  ],
  server: { proxy: { "/trpc": "http://localhost:3000", "/healthz": "http://localhost:3000" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The manifest tells scripts/bundle-size.mjs which chunks the overview's first load needs.
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // antd's building blocks (@rc-component/*) are plain React components with no import
        // side effects but do not say so in package.json, so every module of a package they
        // touch would be kept: antd's Select alone pulled in the whole form library. Saying it
        // here lets unused modules go (decision 0006).
        moduleSideEffects: [{ test: /node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          // Fewer, larger chunks for the two stacks every visit loads whole (issue 15, decision
          // 0029): React with the texts (the sign-in page's), and the signed-in app's API client.
          // Left to itself the bundler cut them into pieces by which lazy parts share them,
          // each compressed on its own (about 1 kB more per visit).
          groups: [
            {
              name: "react-texts",
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|use-sync-external-store)[\\/]/,
            },
            {
              // The domain's zod-free word lists that first screens read (the board's legend and
              // search bar): left to itself the bundler put them in the chunk of the schemas
              // beside them, and that chunk imports zod (24 kB) — on the board's first load.
              name: "domain-words",
              test: /packages[\\/]domain[\\/]src[\\/](warning-levels|task-list-options)\.ts$/,
            },
            {
              name: "api-client",
              test: /node_modules[\\/](@tanstack|@trpc|superjson|copy-anything|is-what)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
