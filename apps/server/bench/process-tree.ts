import { readFile } from "node:fs/promises";

/**
 * Every process below `pid`, children before grandchildren (tsx → its node → cluster workers),
 * from Linux's /proc; empty where there is none or no /proc.
 */
export async function descendants(pid: number): Promise<number[]> {
  const text = await readFile(`/proc/${pid}/task/${pid}/children`, "utf8").catch(() => "");
  const children = text.split(" ").filter(Boolean).map(Number);
  return [...children, ...(await Promise.all(children.map(descendants))).flat()];
}
