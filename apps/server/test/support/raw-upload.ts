// Uploads that fetch cannot express: a body without Content-Length, or a length without a body.
import { request } from "node:http";

export interface RawAnswer {
  status: number;
  body: string;
  /** Body bytes written before the server answered. */
  sent: number;
}

/**
 * POSTs `total` bytes to `url` in 16 KB chunks, stopping as soon as the server answers.
 * With `declaredLength`, sends that Content-Length and then no body at all, to show the
 * server answers from the header alone.
 */
export function rawUpload(
  url: string,
  cookie: string,
  options: { total?: number; declaredLength?: number },
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string | number> = { cookie };
    if (options.declaredLength !== undefined) headers["content-length"] = options.declaredLength;
    const req = request(url, { method: "POST", headers }, (res) => {
      answered = true;
      let body = "";
      res.on("data", (d: Buffer) => {
        body += d.toString();
      });
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, sent });
        req.destroy();
      });
    });
    // The server may close while we are still writing; only an error before its answer counts.
    req.on("error", (e) => (answered ? undefined : reject(e)));
    if (options.declaredLength !== undefined) {
      req.flushHeaders();
      return;
    }
    const chunk = Buffer.alloc(16 * 1024, 0xff);
    const pump = () => {
      while (!answered && sent < (options.total ?? 0)) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once("drain", pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}
