// A client that reads the server's whole answer to an oversize POST and then keeps sending
// `after` more bytes — what a browser's upload does while the refusal is in flight. It reports
// whether those writes failed (a reset: the answer could have been lost) or the server let the
// connection end cleanly.
import { connect } from "node:net";

export interface KeepSendingResult {
  answer: string;
  writeError: string | null;
  endedCleanly: boolean;
}

export function keepSendingAfterAnswer(
  base: string,
  path: string,
  after: number,
): Promise<KeepSendingResult> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let answer = "";
    let writeError: string | null = null;
    let endedCleanly = false;
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    socket.on("error", (e: NodeJS.ErrnoException) => {
      writeError = e.code ?? e.message;
    });
    socket.on("end", () => {
      endedCleanly = true;
    });
    socket.on("close", () => resolve({ answer, writeError, endedCleanly }));
    socket.write(
      `POST ${path} HTTP/1.1\r\nhost: ${hostname}\r\ncontent-type: application/json\r\n` +
        `content-length: ${50 * 1024 * 1024}\r\n\r\n`,
    );
    socket.write(chunk);
    socket.on("data", (d: Buffer) => {
      const first = answer === "";
      answer += d.toString();
      if (!first) return;
      // The answer has arrived: send `after` more bytes, give a reset time to come back, close.
      let sent = 0;
      const pump = () => {
        while (sent < after && !socket.destroyed) {
          sent += chunk.length;
          if (!socket.write(chunk)) return void socket.once("drain", pump);
        }
        setTimeout(() => socket.end(), 200);
      };
      pump();
    });
  });
}
