// The sign-in page calls auth.me and auth.login with plain fetch, without superjson
// (apps/web/src/auth/sign-in-api.ts, decision 0029): that is only exact while the server's
// answers to those two carry no superjson `meta` (no Date, Map or undefined to restore). These
// are the page's own requests, byte for byte; a Date added to the signed-in user fails here.
import {
  createTestDatabase,
  createTestUser,
  TEST_PASSWORD,
  type TestDatabase,
} from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttp } from "./support/http-client.ts";

// What httpBatchLink puts in the query string for a query without input.
const NO_INPUT = encodeURIComponent(
  JSON.stringify({ 0: { json: null, meta: { values: ["undefined"], v: 1 } } }),
);

type BatchItem = {
  result?: { data: { json: Record<string, unknown>; meta?: unknown } };
  error?: { json: { message: string; data: { code: string; messageKey: string | null } } };
};

describe("the sign-in page's two requests", () => {
  let db: TestDatabase;
  let http: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    db = await createTestDatabase("pglite");
    http = await startHttp(db);
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });

  const me = (cookie?: string) =>
    fetch(`${http.base}/trpc/auth.me?batch=1&input=${NO_INPUT}`, {
      headers: cookie ? { cookie } : {},
    });
  const login = (username: string, password: string) =>
    fetch(`${http.base}/trpc/auth.login?batch=1`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ 0: { json: { username, password } } }),
    });

  it("answers in plain JSON: nobody signed in, a refusal with its key, then the user without meta", async () => {
    const nobody = await me();
    expect(nobody.status).toBe(401);
    const [anonymous] = (await nobody.json()) as BatchItem[];
    expect(anonymous?.error?.json.data.code).toBe("UNAUTHORIZED");

    const user = await createTestUser(db.prisma, "inspector", null, "wire.inspector");
    const refused = await login(user.username, "not-the-password");
    const [refusal] = (await refused.json()) as BatchItem[];
    expect(refused.status).toBe(401);
    expect(refusal?.error?.json.data.messageKey).toBe("error.login_failed");

    const signedIn = await login(user.username, TEST_PASSWORD);
    expect(signedIn.status).toBe(200);
    const [answer] = (await signedIn.json()) as BatchItem[];
    expect(answer?.result?.data.json).toMatchObject({
      username: "wire.inspector",
      role: "inspector",
    });
    expect(answer?.result?.data).not.toHaveProperty("meta");

    const cookie = (signedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const again = await me(cookie);
    expect(again.status).toBe(200);
    const [current] = (await again.json()) as BatchItem[];
    expect(current?.result?.data.json).toMatchObject({ username: "wire.inspector" });
    expect(current?.result?.data).not.toHaveProperty("meta");
  });
});
