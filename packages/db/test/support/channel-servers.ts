// Real local servers for the channels: an SMTP server (smtp-server) that keeps what it
// receives, and one HTTP server standing in for the WeCom and DingTalk robot APIs and an SMS
// gateway, checking keys and signatures as those services do.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  raw: string;
}

/**
 * `delayMs` holds each message's final answer, like a busy relay; recipients in `refuse` are
 * answered 550 (mailbox unavailable) while they are in it.
 */
export async function startSmtp(
  delayMs = 0,
  refuse: ReadonlySet<string> = new Set(),
): Promise<{
  url: string;
  mails: ReceivedMail[];
  close(): Promise<void>;
}> {
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!refuse.has(address.address)) return callback();
      callback(Object.assign(new Error("5.1.1 mailbox unavailable"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      let raw = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        raw += chunk;
      });
      stream.on("end", () => {
        setTimeout(() => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        }, delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface RobotCall {
  kind: "wecom" | "dingtalk" | "sms";
  query: URLSearchParams;
  body: Record<string, unknown>;
  signatureOk?: boolean;
}

export const WECOM_KEY = "wk-3f1b9c2e-77aa";
export const DINGTALK_TOKEN = "dt0123456789abcdef";
export const DINGTALK_SECRET = "SEC1f2e3d4c5b6a79880";
export const SMS_KEY = "sms-secret-k&1";

/** `fail` makes every answer an error (errcode 93000 / HTTP 503) until set back. */
export async function startRobots(): Promise<{
  base: string;
  calls: RobotCall[];
  fail: { on: boolean };
  close(): Promise<void>;
}> {
  const calls: RobotCall[] = [];
  const fail = { on: false };
  const server: Server = createServer((req, res) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => {
      text += c;
    });
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://x");
      const body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
      const answer = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(json));
      };
      if (url.pathname === "/cgi-bin/webhook/send") {
        calls.push({ kind: "wecom", query: url.searchParams, body });
        if (fail.on) return answer(200, { errcode: 93000, errmsg: "invalid webhook url" });
        if (url.searchParams.get("key") !== WECOM_KEY)
          return answer(200, { errcode: 93000, errmsg: "invalid key" });
        return answer(200, { errcode: 0, errmsg: "ok" });
      }
      if (url.pathname === "/robot/send") {
        const timestamp = url.searchParams.get("timestamp") ?? "";
        const expected = createHmac("sha256", DINGTALK_SECRET)
          .update(`${timestamp}\n${DINGTALK_SECRET}`)
          .digest("base64");
        const signatureOk =
          url.searchParams.get("sign") === expected &&
          Math.abs(Date.now() - Number(timestamp)) < 3_600_000 &&
          url.searchParams.get("access_token") === DINGTALK_TOKEN;
        calls.push({ kind: "dingtalk", query: url.searchParams, body, signatureOk });
        if (fail.on || !signatureOk)
          return answer(200, { errcode: 310000, errmsg: "sign not match" });
        return answer(200, { errcode: 0, errmsg: "ok" });
      }
      if (url.pathname === "/sms") {
        calls.push({ kind: "sms", query: url.searchParams, body });
        if (fail.on || url.searchParams.get("key") !== SMS_KEY)
          return answer(503, { error: "unavailable" });
        return answer(200, { code: "OK" });
      }
      answer(404, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    calls,
    fail,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A received mail's subject and text, decoded from their MIME encodings. */
export function readMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf("\r\n\r\n") >= 0 ? raw.indexOf("\r\n\r\n") : raw.indexOf("\n\n");
  const head = raw.slice(0, split).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(split).trim();
  const words = (value: string) =>
    value.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
                String.fromCharCode(Number.parseInt(h, 16)),
              ),
            "latin1",
          ).toString("utf8"),
    );
  const subject = words(/^Subject: (.*)$/im.exec(head)?.[1] ?? "").trim();
  const base64 = /^Content-Transfer-Encoding: base64/im.test(head);
  const quoted = /^Content-Transfer-Encoding: quoted-printable/im.test(head);
  const text = base64
    ? Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8")
    : quoted
      ? Buffer.from(
          body
            .replace(/=\r?\n/g, "")
            .replace(/=([0-9A-F]{2})/gi, (_m, h: string) =>
              String.fromCharCode(Number.parseInt(h, 16)),
            ),
          "latin1",
        )
          .toString("utf8")
          .replace(/\r\n/g, "\n")
      : body;
  return { subject, text };
}
