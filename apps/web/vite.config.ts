import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  server: { proxy: { "/trpc": "http://localhost:3000", "/healthz": "http://localhost:3000" } },
  build: { outDir: "dist", emptyOutDir: true },
});
