import type { Locale } from "../messages.ts";
import type { ReminderEvent } from "./reminder-ladder.ts";

/** What a reminder names: what (the finding), where (site, unit), since when, and the link. */
export interface ReminderFacts {
  code: string;
  description: string;
  siteName: string | null;
  unitName: string | null;
  deadline: string | null;
  assignedAt: string | null;
  overdueWorkingDays: number;
}

type Texts = Record<ReminderEvent, { title: string; lead: string }>;

const TEXTS: Record<Locale, Texts> = {
  "zh-CN": {
    due_soon: { title: "临近提醒：{code}", lead: "问题 {code} 的整改期限 {deadline} 即将到期。" },
    overdue: {
      title: "到期催办：{code}",
      lead: "问题 {code} 已超过整改期限 {deadline}，逾期 {days} 个工作日，请尽快整改。",
    },
    overdue_head: {
      title: "逾期督办（负责人）：{code}",
      lead: "贵单位问题 {code} 已逾期 {days} 个工作日（期限 {deadline}），请督促整改。",
    },
    overdue_leaders: {
      title: "逾期督办（领导）：{code}",
      lead: "{unit}的问题 {code} 已逾期 {days} 个工作日（期限 {deadline}）。",
    },
    unclaimed: {
      title: "未认领提醒：{code}",
      lead: "问题 {code} 自 {assignedAt} 交办至{unit}，尚无人认领。",
    },
  },
  en: {
    due_soon: { title: "Due soon: {code}", lead: "Finding {code} is due on {deadline}." },
    overdue: {
      title: "Overdue: {code}",
      lead: "Finding {code} passed its deadline {deadline} and is {days} working day(s) overdue; please fix it.",
    },
    overdue_head: {
      title: "Overdue (unit head): {code}",
      lead: "Your unit's finding {code} is {days} working day(s) overdue (deadline {deadline}); please see it fixed.",
    },
    overdue_leaders: {
      title: "Overdue (leaders): {code}",
      lead: "{unit}'s finding {code} is {days} working day(s) overdue (deadline {deadline}).",
    },
    unclaimed: {
      title: "Unclaimed: {code}",
      lead: "Finding {code} was dispatched to {unit} on {assignedAt} and nobody has claimed it.",
    },
  },
};

const LABELS: Record<Locale, { what: string; where: string; link: string }> = {
  "zh-CN": { what: "问题", where: "地点", link: "查看" },
  en: { what: "Finding", where: "Where", link: "Open" },
};

export function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, n: string) => String(params[n] ?? ""));
}

export function reminderText(
  event: ReminderEvent,
  locale: Locale,
  facts: ReminderFacts,
  link: string,
): { title: string; body: string } {
  const t = TEXTS[locale][event];
  const l = LABELS[locale];
  const params = {
    code: facts.code,
    deadline: facts.deadline ?? "—",
    days: facts.overdueWorkingDays,
    unit: facts.unitName ?? "—",
    assignedAt: facts.assignedAt ?? "—",
  };
  const where = [facts.siteName, facts.unitName].filter(Boolean).join(" · ");
  const body = [
    fill(t.lead, params),
    `${l.what}: ${facts.description}`,
    `${l.where}: ${where || "—"}`,
    `${l.link}: ${link}`,
  ].join("\n");
  return { title: fill(t.title, params), body };
}
