// The real HTTP server for the materials file routes, with a signed-in cookie per actor.
import { tmpdir } from "node:os";
import type { Database, SignedInUser } from "@cw/db";
import { TEST_PASSWORD } from "@cw/db/testing";
import { expect } from "vitest";
import { createAppServer } from "../../src/http/app-server.ts";

export async function startMaterialServer<Name extends string>(
  db: Database,
  users: Record<Name, SignedInUser>,
  now: Date,
) {
  const server = await createAppServer({ db, webRoot: tmpdir(), now: () => now });
  const base = await server.listen({ port: 0, host: "127.0.0.1" });
  const cookies = new Map<Name, string>();
  for (const [who, user] of Object.entries(users) as [Name, SignedInUser][]) {
    const res = await fetch(`${base}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: { username: user.username, password: TEST_PASSWORD } }),
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith("cw_session="));
    cookies.set(who, (session ?? "").split(";")[0] ?? "");
  }
  const url = (id: string, name?: string) =>
    `${base}/api/materials/${id}/files${name === undefined ? "" : `?name=${encodeURIComponent(name)}`}`;
  return {
    url,
    cookie: (who: Name) => cookies.get(who) ?? "",
    upload: (id: string, name: string | undefined, body: Uint8Array, who?: Name, lang = "zh-CN") =>
      fetch(url(id, name), {
        method: "POST",
        headers: { "accept-language": lang, ...(who ? { cookie: cookies.get(who) ?? "" } : {}) },
        body: new Uint8Array(body),
      }),
    download: (fileId: string | undefined, who: Name) =>
      fetch(`${base}/api/materials/files/${fileId}`, {
        headers: { cookie: cookies.get(who) ?? "" },
      }),
    close: () => server.close(),
  };
}

/** A refused request: the status, a JSON error with this key; returns the localized message. */
export async function refused(res: Response, status: number, messageKey: string): Promise<string> {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/json");
  const body = (await res.json()) as { error: { messageKey: string; message: string } };
  expect(body.error.messageKey).toBe(messageKey);
  return body.error.message;
}
