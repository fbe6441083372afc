import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
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
    },
  },
});
