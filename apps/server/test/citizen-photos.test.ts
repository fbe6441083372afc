// The public report page's photos over HTTP (decision 0026): no session needed, the staff
// photos' checks (type from the bytes, the size limit), 60 an hour from one address, and the
// answer names the new photo only. A report's after photos are served by its code alone.
import { createTestDatabase, type TestDatabase, testEngines } from "@cw/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttp } from "./support/http-client.ts";
import { tinyPng } from "./support/tiny-png.ts";

const NOW = new Date("2026-11-20T02:00:00Z");

describe.each(testEngines())("public report photos on %s", (kind) => {
  let db: TestDatabase;
  let http: Awaited<ReturnType<typeof startHttp>>;
  const send = (body: Uint8Array<ArrayBuffer>, lang = "en") =>
    fetch(`${http.base}/api/public/photos`, {
      method: "POST",
      body,
      headers: { "content-type": "image/png", "accept-language": lang },
    });

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    http = await startHttp(db, { now: NOW });
  });
  afterAll(async () => {
    await http.close();
    await db.destroy();
  });

  it("stores a photo without a session, refuses what is not an image, and the 61st in an hour", async () => {
    const first = await send(new Uint8Array(tinyPng(8)));
    expect(first.status).toBe(201);
    const body = (await first.json()) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(["id"]);
    const stored = await db.prisma.photo.findUniqueOrThrow({
      where: { id: body.id as string },
      select: { uploadedById: true, mimeType: true },
    });
    expect(stored).toEqual({ uploadedById: null, mimeType: "image/png" });

    const text = await send(new TextEncoder().encode("not a photo"));
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: { message: string } }).error.message).toBe(
      "Only JPEG, PNG or WebP photos are accepted.",
    );
    // Two counted so far; 58 more pass, the 61st is refused.
    const statuses: number[] = [];
    for (let i = 0; i < 59; i++)
      statuses.push((await send(new Uint8Array(tinyPng(4 + (i % 5))))).status);
    expect(statuses.slice(0, 58)).toEqual(Array(58).fill(201));
    expect(statuses[58]).toBe(429);

    // Nothing is served by a code that does not exist, nor a photo that is no after photo.
    const read = await fetch(`${http.base}/api/public/reports/RAAAA-2222/photos/${body.id}`);
    expect(read.status).toBe(404);
  });
});
