// Read by the Prisma CLI (`prisma generate`). The datasource URL is chosen at run time by
// packages/db/src/client.ts, never here, so generation works offline with no database.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
