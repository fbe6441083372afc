import { constants } from "node:fs";
import { access, mkdir, readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { StartupError } from "./errors.ts";

/**
 * Checks the embedded database's directory before PGlite touches it. PGlite initialises any
 * directory without PG_VERSION as a new cluster, so a directory that holds something else
 * (or a damaged cluster) must be refused here, or it would be overwritten.
 * Returns true when the directory is new (empty or absent).
 */
export async function prepareDataDir(dataDir: string): Promise<boolean> {
  let entries: string[];
  try {
    entries = await readdir(dataDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") {
      await mkdir(dataDir, { recursive: true }).catch((e: Error) => {
        throw new StartupError(`Cannot create the data directory ${dataDir}: ${e.message}`);
      });
      return true;
    }
    throw new StartupError(
      `Cannot read the data directory ${dataDir} (${code}). Check its permissions.`,
    );
  }
  if (entries.length === 0) return true;
  if (!entries.includes("PG_VERSION")) {
    throw new StartupError(
      `The data directory ${dataDir} is not empty and holds no database (no PG_VERSION). Move its contents away or set DATA_DIR to another folder; it was not modified.`,
    );
  }
  try {
    await access(dataDir, constants.R_OK | constants.W_OK);
    const version = (await readFile(join(dataDir, "PG_VERSION"), "utf8")).trim();
    if (!/^\d+$/.test(version)) throw new Error(`PG_VERSION reads "${version.slice(0, 20)}"`);
  } catch (error) {
    throw new StartupError(
      `The data directory ${dataDir} is unreadable or damaged (${(error as Error).message}); it was not modified.`,
    );
  }
  return false;
}
