// 随手拍 without an account (decision 0026): a report needs a solved, unused ALTCHA challenge;
// one address may send 20 an hour and one phone 10, counted in the database; a coordinator's
// block stops a device or a number; text and photos are checked like staff input.
import {
  createTaskFixture,
  createTestDatabase,
  type TaskFixture,
  type TestDatabase,
  testEngines,
} from "@cw/db/testing";
import { formatMessage } from "@cw/domain";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { callerFor, domainErrorOf } from "./support/caller.ts";
import { newDeviceId, publicCaller, solved, submitReport } from "./support/citizen-fixture.ts";

const T0 = new Date("2026-11-20T02:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

/** The refusal's code and its English message, as the page shows it. */
async function refusal(call: Promise<unknown>) {
  try {
    await call;
    return "OK";
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.cause instanceof ZodError) {
      const issue = error.cause.issues[0];
      return `${error.code} ${issue?.path.join(".")}: ${issue?.message}`;
    }
    const cause = error.cause as { key?: string; params?: Record<string, number> } | undefined;
    return `${error.code} ${cause?.key ? formatMessage(cause.key as never, "en", cause.params) : error.message}`;
  }
}

describe.each(testEngines())("citizen reports on %s", (kind) => {
  let db: TestDatabase;
  let f: TaskFixture;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    f = await createTaskFixture(db.prisma);
  });
  afterAll(() => db.destroy());

  it("gives the page the categories and the sites' names, addresses and positions only", async () => {
    const options = await publicCaller(db, T0).citizenReports.formOptions();
    expect(options.categories.slice(0, 2)).toEqual([
      { code: "public_environment", name: "公共环境", nameEn: "Public environment" },
      { code: "public_order", name: "公共秩序", nameEn: "Public order" },
    ]);
    expect(options.sites).toEqual([
      // A site is a public place: its position draws the page's map (a tap places a report).
      {
        id: f.siteId,
        name: "二级汽车客运站",
        address: expect.any(String),
        latitude: 34.5658,
        longitude: 110.0921,
      },
    ]);
    expect(options.maxPhotoBytes).toBe(10 * 1024 * 1024);
  });

  it("refuses a report without a solved challenge, a forged one and a second use", async () => {
    const caller = publicCaller(db, T0, "198.51.100.1");
    const base = {
      category: "public_environment",
      description: "路灯不亮",
      siteId: f.siteId,
      deviceId: newDeviceId(),
      photoIds: [],
    };
    expect(await refusal(caller.citizenReports.submit(base))).toBe(
      "BAD_REQUEST Wait for the page's security check to finish, then send.",
    );
    const proof = await solved(caller);
    const forged = {
      ...proof,
      solution: { ...proof.solution, derivedKey: "00".repeat(32) },
    };
    expect(await refusal(caller.citizenReports.submit({ ...base, proofOfWork: forged }))).toBe(
      "BAD_REQUEST The security check expired; send again.",
    );
    const { trackingCode } = await caller.citizenReports.submit({ ...base, proofOfWork: proof });
    expect(trackingCode).toMatch(/^R[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // The same solution again: accepted once only.
    expect(await refusal(caller.citizenReports.submit({ ...base, proofOfWork: proof }))).toBe(
      "BAD_REQUEST The security check expired; send again.",
    );
    // Solved, but sent 11 minutes after it was issued (10 minutes allowed).
    const late = await solved(caller);
    expect(
      await refusal(
        publicCaller(db, at(11), "198.51.100.1").citizenReports.submit({
          ...base,
          proofOfWork: late,
        }),
      ),
    ).toBe("BAD_REQUEST The security check expired; send again.");
  });

  it("refuses the 21st report from one address within an hour, with how long to wait", async () => {
    const codes: string[] = [];
    for (let i = 0; i < 21; i++) {
      const caller = publicCaller(db, at(i), "192.0.2.50");
      // A new phone each time: only the address counts here.
      codes.push(await refusal(submitReport(caller, { siteId: f.siteId })));
    }
    expect(codes.slice(0, 20)).toEqual(Array(20).fill("OK"));
    // The 21st at minute 20: the window opened at minute 0 and ends at minute 60.
    expect(codes[20]).toBe(
      "TOO_MANY_REQUESTS This network sent the limit of 20 reports in an hour; try again in 40 min.",
    );
    // Another address is not affected; this one is still refused at minute 59, free at 60.
    expect(
      await refusal(submitReport(publicCaller(db, at(21), "192.0.2.51"), { siteId: f.siteId })),
    ).toBe("OK");
    expect(
      (
        await refusal(submitReport(publicCaller(db, at(59), "192.0.2.50"), { siteId: f.siteId }))
      ).slice(0, 17),
    ).toBe("TOO_MANY_REQUESTS");
    expect(
      await refusal(submitReport(publicCaller(db, at(60), "192.0.2.50"), { siteId: f.siteId })),
    ).toBe("OK");
  });

  it("refuses the 11th report from one phone within an hour, whatever its address", async () => {
    const deviceId = newDeviceId();
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      const caller = publicCaller(db, at(200 + i), `198.18.0.${i + 1}`);
      codes.push(await refusal(submitReport(caller, { siteId: f.siteId, deviceId })));
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill("OK"));
    expect(codes[10]).toBe(
      "TOO_MANY_REQUESTS This phone sent the limit of 10 reports in an hour; try again in 50 min.",
    );
  });

  it("a coordinator blocks a report's device and its number; the next report from either is refused", async () => {
    const caller = publicCaller(db, at(400), "198.19.0.1");
    const deviceId = newDeviceId();
    await submitReport(caller, { siteId: f.siteId, deviceId, mobile: "13812345678" });
    const coordinator = callerFor(db, f.users.coordinator, at(401));
    const queue = await coordinator.triage.queue({ status: "received", limit: 200 });
    const report = queue.items.find((r) => r.mobileMasked === "138****5678");
    expect(report).toBeDefined();
    await coordinator.triage.block({
      reportId: report?.id as string,
      kind: "device",
      reason: "连续提交无关内容",
    });
    expect(await refusal(submitReport(caller, { siteId: f.siteId, deviceId }))).toBe(
      "FORBIDDEN Reports from this device or number are suspended.",
    );
    await coordinator.triage.block({
      reportId: report?.id as string,
      kind: "mobile",
      reason: "骚扰",
    });
    expect(await refusal(submitReport(caller, { siteId: f.siteId, mobile: "13812345678" }))).toBe(
      "FORBIDDEN Reports from this device or number are suspended.",
    );
    // Unit officers and leaders cannot block.
    expect(
      (
        await domainErrorOf(
          callerFor(db, f.users.leader, at(402)).triage.block({
            reportId: report?.id as string,
            kind: "device",
            reason: "x",
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });

  it("limits the text and refuses photos that are not the reporter's own anonymous uploads", async () => {
    const caller = publicCaller(db, at(500), "198.20.0.1");
    expect(
      await refusal(submitReport(caller, { siteId: f.siteId, description: "脏".repeat(501) })),
    ).toBe("BAD_REQUEST description: field.too_long");
    expect(
      await refusal(submitReport(caller, { siteId: f.siteId, description: "脏".repeat(500) })),
    ).toBe("OK");
    // The inspector's photo (in the fixture) is not a free anonymous upload.
    expect(
      await domainErrorOf(submitReport(caller, { siteId: f.siteId, photoIds: [f.photoId] })),
    ).toMatchObject({
      code: "BAD_REQUEST",
      key: "photo.not_found",
      fields: { photoIds: "photo.not_found" },
    });
    const noPlace = await refusal(
      caller.citizenReports.submit({
        category: "public_environment",
        description: "无位置",
        deviceId: newDeviceId(),
        photoIds: [],
        proofOfWork: await solved(caller),
      }),
    );
    expect(noPlace).toBe("BAD_REQUEST siteId: citizen.place_required");
    expect(await refusal(submitReport(caller, { siteId: f.siteId, mobile: "12345" }))).toBe(
      "BAD_REQUEST mobile: field.invalid_mobile",
    );
  });

  it("looks a report up by its code only, and knows no other", async () => {
    const caller = publicCaller(db, at(600), "198.21.0.1");
    const { trackingCode } = await submitReport(caller, {
      siteId: f.siteId,
      mobile: "13900001111",
    });
    const status = await caller.citizenReports.status({ trackingCode: trackingCode.toLowerCase() });
    expect(status).toEqual({
      trackingCode,
      stage: "received",
      categoryName: "公共环境",
      description: "垃圾桶满溢，无人清运",
      receivedAt: at(600),
      rejectReason: null,
      closedAt: null,
      afterPhotoIds: [],
      canAnswer: false,
      answer: null,
    });
    expect(JSON.stringify(status)).not.toContain("13900001111");
    expect(
      await domainErrorOf(caller.citizenReports.status({ trackingCode: "RAAAA-2222" })),
    ).toMatchObject({
      code: "NOT_FOUND",
      key: "citizen.not_found",
    });
    expect(
      await domainErrorOf(caller.citizenReports.answer({ trackingCode, answer: "fixed" })),
    ).toMatchObject({
      code: "CONFLICT",
      key: "citizen.not_closed",
    });
  });
});
