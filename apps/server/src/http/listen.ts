import { StartupError } from "@cw/db";
import type { FastifyInstance } from "fastify";

/** Listens on `host:port`; a port in use or not allowed becomes a plain StartupError. */
export async function listen(app: FastifyInstance, port: number, host: string): Promise<void> {
  try {
    await app.listen({ port, host });
  } catch (cause) {
    const error = cause as NodeJS.ErrnoException;
    if (error.code === "EADDRINUSE") {
      throw new StartupError(
        `Port ${port} is already in use. Stop the other program or set PORT to a free port.`,
      );
    }
    if (error.code === "EACCES") {
      throw new StartupError(
        `Not allowed to listen on port ${port}. Set PORT to a port above 1024.`,
      );
    }
    throw new StartupError(`Cannot listen on ${host}:${port}: ${error.message}`);
  }
}
