import type { FastifyReply, FastifyRequest } from "fastify";

/** How long, and how much, a refused upload is still read after its answer. */
const LINGER_MS = 2_000;
const LINGER_BYTES = 4 * 1024 * 1024;

/**
 * Answers a request whose body is not (fully) read — one over its limit, a cross-origin POST —
 * on a connection that then closes, without reading the rest of the body.
 *
 * Closing outright is not enough: the client is usually still sending, and a socket closed with
 * unread data in its buffer answers that data with a TCP reset, which can discard the error
 * response before the client has read it (a browser then shows "connection reset" instead of
 * "photo too large"; CI saw it as EPIPE). So the server half-closes and discards what still
 * arrives for up to 2 s or 4 MB before it lets go — the lingering close of Apache and nginx.
 * Memory stays flat: what lingers is read and dropped, never kept.
 */
export function closeAfterAnswer(request: FastifyRequest, reply: FastifyReply): void {
  if (request.raw.complete) return;
  reply.header("connection", "close");
  const socket = request.raw.socket;
  // Node closes a `connection: close` response's socket through destroySoon once the answer
  // is written; there is no option for lingering, so this socket's own close is replaced.
  socket.destroySoon = function lingeringClose() {
    if (this.writable) this.end();
    let discarded = 0;
    const stop = () => this.destroy();
    const timer = setTimeout(stop, LINGER_MS);
    timer.unref();
    this.on("data", (chunk: Buffer) => {
      discarded += chunk.length;
      if (discarded > LINGER_BYTES) stop();
    });
    this.once("end", stop);
    this.once("close", () => clearTimeout(timer));
    this.resume();
  };
}
