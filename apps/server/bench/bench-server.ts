// The real server (apps/server/src/main.ts) as its own process, one node process (no tsx
// wrapper), so its resident memory is the server's own.
import { type ChildProcess, spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { descendants } from "./process-tree.ts";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

export interface BenchServer {
  base: string;
  pid: number;
  /** Resident memory now, in MB. */
  rssMb(): Promise<number>;
  stop(): Promise<void>;
}

export async function startBenchServer(env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.DATA_DIR;
  // BENCH_SERVER_ARGS: extra node flags for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/p".
  const extra = (process.env.BENCH_SERVER_ARGS ?? "").split(" ").filter(Boolean);
  const child: ChildProcess = spawn(process.execPath, [...extra, "--import", "tsx", MAIN], {
    cwd: ROOT,
    // Request logs would cost the server time the benchmark measures; warnings still show.
    env: { ...clean, LOG_LEVEL: "warn", ...env, PORT: String(port), DEMO_DATA: "off" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server not ready in 120 s:\n${out}`)),
      120_000,
    );
    const check = () => {
      if (out.includes("Serving on")) {
        clearTimeout(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`server exited with ${child.exitCode}:\n${out}`));
      } else setTimeout(check, 100);
    };
    check();
  });
  const pid = child.pid as number;
  return {
    base: `http://127.0.0.1:${port}`,
    pid,
    async rssMb() {
      // With WEB_CONCURRENCY the server is its primary and the workers: their sum.
      const pids = [pid, ...(await descendants(pid))];
      const kbs = await Promise.all(
        pids.map(async (p) => {
          const status = await readFile(`/proc/${p}/status`, "utf8").catch(() => "");
          return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        }),
      );
      return kbs.reduce((a, b) => a + b, 0) / 1024;
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exited;
      }
    },
  };
}

/** Samples a server's memory while something runs: the highest value seen. */
export function rssSampler(server: BenchServer) {
  let peak = 0;
  const sample = () =>
    server.rssMb().then((mb) => {
      peak = Math.max(peak, mb);
    });
  const timer = setInterval(() => void sample(), 200);
  return {
    async reset() {
      peak = 0;
      await sample();
    },
    peak: () => peak,
    stop: () => clearInterval(timer),
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
