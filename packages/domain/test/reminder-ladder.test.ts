// The supervision loop's ladder, day by day through the 2026 Mid-Autumn / National Day
// holidays (official calendar: 25 Sep and 1–7 Oct off, Saturday 10 Oct worked), with the
// defaults N = 1, M = 1, K = 3, and the rules against formalism (quiet hours, daily cap).
import { describe, expect, it } from "vitest";
import {
  assertRobotConfig,
  assertSmsGateway,
  DEFAULT_NOTIFICATION_SETTINGS,
  type LadderTask,
  maskRobotUrl,
  planDelivery,
  quietHoursEnd,
  remindersDue,
  renderSmsRequest,
  retryDelayMs,
  workingCalendar,
} from "../src/index.ts";

const calendar = workingCalendar();
const ladder = {
  dueSoonWorkingDays: 1,
  overdueRepeatWorkingDays: 1,
  escalateAfterWorkingDays: 3,
  unclaimedAfterHours: 24,
};
/** 10:00 Beijing on a day. */
const at = (day: string) => new Date(`${day}T02:00:00Z`);
const task: LadderTask = { status: "in_progress", deadline: "2026-09-29", assignedAt: null };

function run(t: LadderTask, days: string[], s = ladder) {
  return Object.fromEntries(
    days.map((d) => [d, remindersDue(t, d, at(d), calendar, s).events.join(",")]),
  );
}

const DAYS = [
  "2026-09-25",
  "2026-09-28",
  "2026-09-29",
  "2026-09-30",
  "2026-10-01",
  "2026-10-07",
  "2026-10-08",
  "2026-10-09",
  "2026-10-10",
  "2026-10-11",
  "2026-10-12",
  "2026-10-13",
  "2026-10-14",
];

describe("the reminder ladder", () => {
  it("reminds the day before, then daily while overdue, the head after 3 and the leaders after 6 working days", () => {
    expect(run(task, DAYS)).toEqual({
      "2026-09-25": "", // Mid-Autumn holiday
      "2026-09-28": "due_soon", // one working day before the deadline
      "2026-09-29": "", // the deadline day itself: still in time
      "2026-09-30": "overdue", // first overdue working day
      "2026-10-01": "", // National Day holidays: nothing
      "2026-10-07": "",
      "2026-10-08": "overdue", // 2
      "2026-10-09": "overdue", // 3
      "2026-10-10": "overdue,overdue_head", // 4 (a Saturday worked in exchange)
      "2026-10-11": "", // Sunday
      "2026-10-12": "overdue,overdue_head", // 5
      "2026-10-13": "overdue,overdue_head", // 6
      "2026-10-14": "overdue,overdue_head,overdue_leaders", // 7
    });
    expect(
      remindersDue(task, "2026-10-14", at("2026-10-14"), calendar, ladder).overdueWorkingDays,
    ).toBe(7);
  });

  it("repeats every M working days and stops once the task is closed or waits for verification", () => {
    const everyOther = { ...ladder, overdueRepeatWorkingDays: 2 };
    expect(
      run(task, ["2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12"], everyOther),
    ).toEqual({
      "2026-09-30": "overdue",
      "2026-10-08": "",
      "2026-10-09": "overdue",
      "2026-10-10": "",
      "2026-10-12": "overdue,overdue_head",
    });
    expect(run({ ...task, status: "closed" }, ["2026-10-14"])).toEqual({ "2026-10-14": "" });
    expect(run({ ...task, status: "submitted" }, ["2026-10-14"])).toEqual({ "2026-10-14": "" });
  });

  it("counts the due-soon day across the holidays and flags unclaimed tasks after the set hours", () => {
    // Deadline 8 Oct: the working day before it is 30 Sep.
    expect(run({ ...task, deadline: "2026-10-08" }, ["2026-09-30", "2026-10-07"])).toEqual({
      "2026-09-30": "due_soon",
      "2026-10-07": "",
    });
    const assigned: LadderTask = {
      status: "assigned",
      deadline: null,
      assignedAt: new Date("2026-10-08T01:00:00Z"),
    };
    expect(run(assigned, ["2026-10-08", "2026-10-09"])).toEqual({
      "2026-10-08": "",
      "2026-10-09": "unclaimed",
    });
  });
});

describe("delivery rules against formalism", () => {
  const s = DEFAULT_NOTIFICATION_SETTINGS;
  const base = { event: "overdue" as const, role: "unit_officer" as const, sentToday: 0 };

  it("holds SMS and chat through the quiet hours (21:00–08:00 Beijing) but sends email", () => {
    const night = new Date("2026-10-08T14:30:00Z"); // 22:30 Beijing
    expect(planDelivery(s, { ...base, channel: "sms", at: night })).toEqual({
      send: true,
      notBefore: new Date("2026-10-09T00:00:00Z"), // 08:00 Beijing next morning
      deferredBy: "quiet_hours",
    });
    expect(planDelivery(s, { ...base, channel: "email", at: night })).toEqual({
      send: true,
      notBefore: night,
      deferredBy: null,
    });
    expect(quietHoursEnd(s.quietHours, new Date("2026-10-08T02:00:00Z"))).toBeNull(); // 10:00
    expect(quietHoursEnd(s.quietHours, new Date("2026-10-08T22:00:00Z"))).toEqual(
      new Date("2026-10-09T00:00:00Z"),
    ); // 06:00
  });

  it("suppresses past the daily cap, off events and channels a role does not get", () => {
    const day = new Date("2026-10-08T02:00:00Z");
    expect(planDelivery(s, { ...base, channel: "email", at: day, sentToday: 5 })).toEqual({
      send: false,
      rule: "daily_cap",
    });
    expect(planDelivery(s, { ...base, channel: "email", at: day, sentToday: 4 }).send).toBe(true);
    expect(planDelivery(s, { ...base, role: "leader", channel: "sms", at: day })).toEqual({
      send: false,
      rule: "role_channel",
    });
    expect(
      planDelivery(s, { ...base, event: "verification_requested", channel: "email", at: day }),
    ).toEqual({ send: false, rule: "event_off" });
    expect([1, 2, 3, 7].map(retryDelayMs)).toEqual([60_000, 240_000, 960_000, 86_400_000]);
  });
});

describe("channel configuration", () => {
  const fieldsOf = (fn: () => void) => {
    try {
      fn();
      return null;
    } catch (error) {
      return (error as { fields: unknown }).fields;
    }
  };
  const unitId = "7f0c1d9e-3a55-4b8e-9d2a-0c7b5f1e2a30";

  it("refuses robot URLs that are not http(s) or lack their key, and masks the key", () => {
    expect(
      fieldsOf(() =>
        assertRobotConfig({
          unitId,
          channel: "wecom",
          webhookUrl: "ftp://x",
          secret: null,
          active: true,
        }),
      ),
    ).toEqual({ webhookUrl: "channel.webhook_invalid" });
    expect(
      fieldsOf(() =>
        assertRobotConfig({
          unitId,
          channel: "dingtalk",
          webhookUrl: "https://oapi.dingtalk.com/robot/send",
          secret: "SEC1",
          active: true,
        }),
      ),
    ).toEqual({ webhookUrl: "channel.dingtalk_token_missing" });
    expect(
      fieldsOf(() =>
        assertRobotConfig({
          unitId,
          channel: "wecom",
          webhookUrl: "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx",
          secret: null,
          active: true,
        }),
      ),
    ).toBeNull();
    expect(
      maskRobotUrl("wecom", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7abc"),
    ).toBe("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a…bc");
  });

  it("validates the SMS templates and fills them escaped", () => {
    const gateway = {
      urlTemplate: "https://sms.example.org/send?key={secret}",
      method: "POST" as const,
      contentType: "json" as const,
      bodyTemplate: '{"to":"{mobile}","msg":"{text}"}',
      secret: null,
    };
    expect(fieldsOf(() => assertSmsGateway(gateway))).toBeNull();
    expect(
      fieldsOf(() => assertSmsGateway({ ...gateway, bodyTemplate: '{"to":"{phone}"}' })),
    ).toEqual({ bodyTemplate: "channel.sms_placeholder_unknown" });
    expect(
      fieldsOf(() => assertSmsGateway({ ...gateway, bodyTemplate: '{"to":"{mobile}"}' })),
    ).toEqual({ bodyTemplate: "channel.sms_placeholders_required" });
    expect(
      fieldsOf(() =>
        assertSmsGateway({ ...gateway, bodyTemplate: '{"to":"{mobile}","msg":"{text}"' }),
      ),
    ).toEqual({ bodyTemplate: "channel.sms_body_not_json" });
    expect(fieldsOf(() => assertSmsGateway({ ...gateway, urlTemplate: "sms://{secret}" }))).toEqual(
      { urlTemplate: "channel.webhook_invalid" },
    );
    expect(
      renderSmsRequest(gateway, { mobile: "13800000001", text: '逾期 "A-1"', secret: "k&1" }),
    ).toEqual({
      url: "https://sms.example.org/send?key=k%261",
      method: "POST",
      contentType: "application/json",
      body: '{"to":"13800000001","msg":"逾期 \\"A-1\\""}',
    });
  });
});
