// The weekly digests through a real SMTP server: a unit's liaison gets its open, due-soon and
// overdue tasks, a leader the overview's headline figures and the worst units, each in their
// own language, once per week however often the job runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliveryConfigFromEnv, runJob } from "../src/index.ts";
import {
  createTaskFixture,
  createTestDatabase,
  type TestDatabase,
  testEngines,
} from "../src/testing/index.ts";
import { readMail, startSmtp } from "./support/channel-servers.ts";

// Monday 23 Nov 2026, 09:00 Beijing.
const NOW = new Date("2026-11-23T01:00:00Z");

describe.each(testEngines())("weekly digests on %s", (kind) => {
  let db: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let codes: string[];
  beforeAll(async () => {
    smtp = await startSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.PUBLIC_URL = "https://cw.example.org";
    db = await createTestDatabase(kind);
    const f = await createTaskFixture(db.prisma);
    codes = [];
    for (const deadline of ["2026-11-18", "2026-11-20", "2026-11-24", "2026-12-31"]) {
      const { findingId } = await f.task("in_progress", { deadline });
      const t = await db.prisma.finding.findUniqueOrThrow({
        where: { id: findingId },
        select: { code: true },
      });
      codes.push(t.code);
    }
    await db.prisma.unitContact.create({
      data: { unitId: f.unitA, role: "liaison", name: "王联络", email: "wang@example.org" },
    });
    await db.prisma.user.update({
      where: { id: f.users.leader.id },
      data: { email: "leader@example.org", locale: "en" },
    });
  });
  afterAll(async () => {
    await db?.destroy();
    await smtp?.close();
  });

  it("sends the unit's and the leaders' digest once a week", async () => {
    const first = await runJob(db.prisma, "digests", {
      trigger: "test",
      now: NOW,
      config: deliveryConfigFromEnv(),
    });
    expect(first.summary).toMatchObject({
      week: "2026-11-23",
      units: 1,
      leaders: 1,
      created: 2,
      deliveries: { sent: 2 },
    });
    const mails = Object.fromEntries(smtp.mails.map((m) => [m.to[0], readMail(m.raw)]));
    const unit = mails["wang@example.org"];
    expect(unit?.subject).toBe("本周整改周报：市交通运输局（2026-11-23 周）");
    expect(unit?.text.split("\n")).toEqual([
      "在办 4 件，临近期限 1 件，已逾期 2 件。",
      "逾期最久：",
      `- ${codes[0]} (期限 2026-11-18)`,
      `- ${codes[1]} (期限 2026-11-20)`,
      expect.stringMatching(/^查看: https:\/\/cw\.example\.org\/tasks\?unitId=[0-9a-f-]{36}$/),
    ]);
    const leader = mails["leader@example.org"];
    expect(leader?.subject).toBe("Campaign weekly digest (week of 2026-11-23)");
    expect(leader?.text).toContain("4 open findings, 2 overdue;");
    expect(leader?.text).toContain("Units with most overdue:\n- 市交通运输局: 2");

    const again = await runJob(db.prisma, "digests", {
      trigger: "test",
      now: new Date("2026-11-25T01:00:00Z"),
      config: deliveryConfigFromEnv(),
    });
    expect(again.summary).toMatchObject({ created: 0 });
    expect(smtp.mails).toHaveLength(2);
  });
});
