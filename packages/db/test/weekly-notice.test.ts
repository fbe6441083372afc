// The weekly 通报 job without a browser: the period it covers, and what happens when Chromium
// is missing — the job fails with the setup instruction, keeps the 督查通报 it made once (a
// rerun adds no second one) and notifies nobody until the report exists too.
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { weeklyNoticePeriod, weeklyNoticeText } from "@cw/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryConfigFromEnv, runJob } from "../src/index.ts";
import {
  createTaskFixture,
  createTestDatabase,
  type TestDatabase,
  testEngines,
} from "../src/testing/index.ts";

// Monday 30 Nov 2026, 08:30 Beijing: the schedule's time; the past week is 23–29 Nov.
const NOW = new Date("2026-11-30T00:30:00Z");

describe("the weekly notice's period and message", () => {
  it("covers the week before, Monday to Sunday, whichever day it runs", () => {
    const past = { from: "2026-11-23", to: "2026-11-29" };
    expect(weeklyNoticePeriod("2026-11-30")).toEqual(past);
    expect(weeklyNoticePeriod("2026-12-06")).toEqual(past);
    expect(weeklyNoticePeriod("2026-12-07")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
  });

  it("names both files in the recipient's language", () => {
    const links = { docx: "https://cw.example.org/api/documents/a", pdf: "https://x/b" };
    expect(weeklyNoticeText("zh-CN", { from: "2026-11-23", to: "2026-11-29" }, links)).toEqual({
      title: "创文问题整改情况周通报（2026-11-23至2026-11-29）",
      body: [
        "2026-11-23至2026-11-29的督查通报（Word）和领导报告（PDF）已生成，可在文档列表中查看。",
        "督查通报: https://cw.example.org/api/documents/a",
        "领导报告: https://x/b",
      ].join("\n"),
    });
    expect(weeklyNoticeText("en", { from: "2026-11-23", to: "2026-11-29" }, links).title).toBe(
      "Weekly notice on rectification, 2026-11-23 to 2026-11-29",
    );
  });
});

describe.each(testEngines())("the weekly notice job without Chromium on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await createTaskFixture(db.prisma);
  });
  afterAll(() => db?.destroy());

  it("fails with the setup instruction, keeps one 督查通报 and notifies nobody", async () => {
    const report = { chromiumPath: "/nonexistent/chromium", appUrl: "http://127.0.0.1:9" };
    const attempt = () =>
      runJob(db.prisma, "weekly-notice", {
        trigger: "test",
        now: NOW,
        config: deliveryConfigFromEnv(),
        report,
      });
    await expect(attempt()).rejects.toThrow(
      "The leader report PDF needs Chromium (CHROMIUM_PATH=/nonexistent/chromium does not exist): install Debian's package with `apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH to a Chromium executable.",
    );
    await expect(attempt()).rejects.toThrow("needs Chromium");

    const docs = await db.prisma.generatedDocument.findMany({
      select: { kind: true, title: true, dedupeKey: true, createdById: true },
    });
    expect(docs).toEqual([
      {
        kind: "supervision_notice",
        title: "创文问题整改情况周通报（2026-11-23至2026-11-29）",
        dedupeKey: "weekly_notice:2026-11-23:docx",
        createdById: null,
      },
    ]);
    expect(await db.prisma.notification.count({ where: { event: "weekly_notice" } })).toBe(0);
    const runs = await db.prisma.jobRun.findMany({
      where: { job: "weekly-notice" },
      select: { ok: true, summary: true },
    });
    expect(runs).toHaveLength(2);
    expect(runs.every((r) => r.ok === false)).toBe(true);
  });

  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  it.skipIf(!existsSync(chromiumPath))(
    "says no app server answered when REPORT_APP_URL has none (jobs:run with the server stopped)",
    async () => {
      // A port that was free a moment ago: nothing listens, the connection is refused.
      const port = await new Promise<number>((resolve) => {
        const probe = createServer().listen(0, "127.0.0.1", () => {
          const { port } = probe.address() as { port: number };
          probe.close(() => resolve(port));
        });
      });
      const report = { chromiumPath, appUrl: `http://127.0.0.1:${port}` };
      await expect(
        runJob(db.prisma, "weekly-notice", {
          trigger: "test",
          now: NOW,
          config: deliveryConfigFromEnv(),
          report,
        }),
      ).rejects.toThrow(
        `The leader report PDF is printed from the app's own overview, but no app server answered at REPORT_APP_URL=http://127.0.0.1:${port}: start the server (npm start) or set REPORT_APP_URL to one that runs.`,
      );
      expect(await db.prisma.notification.count({ where: { event: "weekly_notice" } })).toBe(0);
    },
  );
});
