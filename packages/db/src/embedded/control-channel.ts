import { createHash } from "node:crypto";
import { chmod, rm } from "node:fs/promises";
import { createServer, request, type Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * How command-line tools hand work to the server that holds the embedded database (one
 * process owns its data directory): the server listens on a Unix socket in the data home,
 * readable by its own OS user only, and runs named commands (a job, a backup) in its own
 * process. The answer streams as JSON lines: progress lines, then the result or the error.
 */
export type ControlCommand = (
  args: Record<string, unknown>,
  progress: (message: string) => void,
) => Promise<unknown>;

export type ControlCommands = Record<string, ControlCommand>;

/** Socket paths are limited to ~107 bytes; a deep DATA_DIR gets one in the temp directory. */
export function controlSocketPath(home: string): string {
  const inHome = join(home, "control.sock");
  if (Buffer.byteLength(inHome) < 100) return inHome;
  const digest = createHash("sha256").update(home).digest("hex").slice(0, 16);
  return join(tmpdir(), `cw-control-${digest}.sock`);
}

export interface ControlChannel {
  path: string;
  close(): Promise<void>;
}

export async function openControlChannel(
  home: string,
  commands: ControlCommands,
): Promise<ControlChannel> {
  const path = controlSocketPath(home);
  // The data-directory lock is held by this process, so a socket file left here is stale.
  await rm(path, { force: true });
  const server: Server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
    });
    req.on("end", () => {
      const line = (value: unknown) => res.write(`${JSON.stringify(value)}\n`);
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      let parsed: { command?: unknown; args?: unknown };
      try {
        parsed = JSON.parse(body) as typeof parsed;
      } catch {
        line({ error: "the request is not JSON" });
        res.end();
        return;
      }
      const name = typeof parsed.command === "string" ? parsed.command : "";
      const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
      if (!command) {
        line({ error: `unknown command "${name}" (known: ${Object.keys(commands).join(", ")})` });
        res.end();
        return;
      }
      const args =
        parsed.args && typeof parsed.args === "object"
          ? (parsed.args as Record<string, unknown>)
          : {};
      command(args, (message) => line({ progress: message })).then(
        (result) => {
          line({ result: result ?? null });
          res.end();
        },
        (error: unknown) => {
          line({ error: error instanceof Error ? error.message : String(error) });
          res.end();
        },
      );
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(path, () => {
      server.off("error", reject);
      resolve();
    });
  });
  await chmod(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => rm(path, { force: true })),
  };
}

export type ControlCallResult =
  | { handled: false }
  | { handled: true; ok: true; result: unknown }
  | { handled: true; ok: false; error: string };

/**
 * Asks the running server to run `command`. `handled: false` when no server listens (the
 * caller may then open the database itself, after taking the data-directory lock).
 */
export function callRunningServer(
  home: string,
  command: string,
  args: Record<string, unknown> = {},
  onProgress: (message: string) => void = () => {},
): Promise<ControlCallResult> {
  const socketPath = controlSocketPath(home);
  return new Promise((resolve, reject) => {
    const req = request(
      { socketPath, path: "/", method: "POST", headers: { "content-type": "application/json" } },
      (res) => {
        let buffer = "";
        let outcome: ControlCallResult | null = null;
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          buffer += chunk;
          let newline = buffer.indexOf("\n");
          while (newline >= 0) {
            const message = JSON.parse(buffer.slice(0, newline)) as {
              progress?: string;
              result?: unknown;
              error?: string;
            };
            buffer = buffer.slice(newline + 1);
            if (message.progress !== undefined) onProgress(message.progress);
            else if (message.error !== undefined)
              outcome = { handled: true, ok: false, error: message.error };
            else outcome = { handled: true, ok: true, result: message.result };
            newline = buffer.indexOf("\n");
          }
        });
        res.on("end", () =>
          resolve(
            outcome ?? { handled: true, ok: false, error: "the server closed the connection" },
          ),
        );
        res.on("error", reject);
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT" || error.code === "ECONNREFUSED") resolve({ handled: false });
      else reject(error);
    });
    req.end(JSON.stringify({ command, args }));
  });
}
