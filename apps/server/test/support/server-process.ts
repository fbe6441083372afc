import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { serveArgs } from "../../src/serve-command.ts";

export interface ServerProcess {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code, or rejects after `ms`. */
  exited(ms?: number): Promise<number | null>;
  /** Resolves once the server says it is serving. */
  ready(ms?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Starts the server as `npm start` does after its web build (`npm run serve`), as a real process. */
export function startServerProcess(env: Record<string, string | undefined>): ServerProcess {
  const clean = { ...process.env };
  delete clean.DATABASE_URL;
  delete clean.DATA_DIR;
  const { cwd, args } = serveArgs();
  const child = spawn(process.execPath, args, { cwd, env: { ...clean, ...env }, stdio: "pipe" });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    out += d.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    output: () => out,
    exited: (ms = 30_000) =>
      Promise.race([
        exit,
        new Promise<number | null>((_, reject) =>
          setTimeout(() => reject(new Error(`server did not exit in ${ms} ms:\n${out}`)), ms),
        ),
      ]),
    ready: (ms = 60_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`server not ready in ${ms} ms:\n${out}`)),
          ms,
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
      }),
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await exit;
      }
    },
  };
}

export async function freePort(): Promise<number> {
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
