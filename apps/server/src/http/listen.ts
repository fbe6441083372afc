import type { Server } from "node:http";
import { StartupError } from "@cw/db";

/** Listens on `port`; a port in use or not allowed becomes a plain StartupError. */
export function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off("listening", onListening);
      if (error.code === "EADDRINUSE") {
        reject(
          new StartupError(
            `Port ${port} is already in use. Stop the other program or set PORT to a free port.`,
          ),
        );
      } else if (error.code === "EACCES") {
        reject(
          new StartupError(`Not allowed to listen on port ${port}. Set PORT to a port above 1024.`),
        );
      } else {
        reject(new StartupError(`Cannot listen on port ${port}: ${error.message}`));
      }
    };
    const onListening = () => {
      server.off("error", onError);
      resolve();
    };
    server.once("error", onError);
    server.once("listening", onListening);
    server.listen(port);
  });
}
