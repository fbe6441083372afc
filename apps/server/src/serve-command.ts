import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/**
 * The production command, package.json's `serve` script (which `npm start` runs after the
 * build), as the arguments of a node process: its node flags (where a heap cap goes, decision
 * 0030), then `extraFlags`, which win over them (a later V8 flag overrides an earlier one), then
 * the entry point. The benchmark and the tests start their servers with it, so they run the server
 * as production does.
 */
export function serveArgs(extraFlags: readonly string[] = []): { cwd: string; args: string[] } {
  const scripts = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")).scripts;
  const [node, ...args] = String(scripts.serve).split(" ").filter(Boolean);
  const entry = args.pop();
  if (node !== "node" || !entry) throw new Error(`package.json's serve script is not "node …"`);
  return { cwd: ROOT, args: [...args, ...extraFlags, entry] };
}
