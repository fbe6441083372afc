// A POST that streams `total` bytes from one reused 64 KB buffer (so the client's memory stays
// flat), stopping as soon as the server answers: what a hostile or careless client sends.
import { request } from "node:http";

export interface RawPostAnswer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  /** Body bytes written before the server answered. */
  sent: number;
}

export function rawPost(
  url: string,
  options: { total: number; declareLength: boolean; headers?: Record<string, string> },
): Promise<RawPostAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string | number> = {
      "content-type": "application/json",
      ...options.headers,
    };
    if (options.declareLength) headers["content-length"] = options.total;
    const req = request(url, { method: "POST", headers }, (res) => {
      answered = true;
      let body = "";
      res.on("data", (d: Buffer) => {
        body += d.toString();
      });
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, headers: res.headers, sent });
        req.destroy();
      });
    });
    // The server may close while we are still writing; only an error before its answer counts.
    req.on("error", (e) => (answered ? undefined : reject(e)));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const pump = () => {
      while (!answered && sent < options.total) {
        const piece = Math.min(chunk.length, options.total - sent);
        sent += piece;
        if (!req.write(piece === chunk.length ? chunk : chunk.subarray(0, piece))) {
          req.once("drain", pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}
