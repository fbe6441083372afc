import { fileURLToPath } from "node:url";

const root = new URL("../../../../", import.meta.url);
export const SCHEMA_PATH = fileURLToPath(new URL("prisma/schema.prisma", root));
export const MIGRATIONS_DIR = fileURLToPath(new URL("prisma/migrations", root));
