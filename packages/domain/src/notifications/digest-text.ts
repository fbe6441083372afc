import type { Locale } from "../messages.ts";
import { fill } from "./reminder-text.ts";

export interface UnitDigestFacts {
  unitName: string;
  weekStart: string;
  open: number;
  dueSoon: number;
  overdue: number;
  /** The most overdue open findings: code and deadline. */
  worst: { code: string; deadline: string | null }[];
}

export interface LeaderDigestFacts {
  weekStart: string;
  openFindings: number;
  overdueFindings: number;
  onTimeShare: number | null;
  closedTasks: number;
  worstUnits: { unitName: string; overdue: number }[];
}

const pct = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)}%`);

const T = {
  "zh-CN": {
    unitTitle: "本周整改周报：{unit}（{week} 周）",
    unitLead: "在办 {open} 件，临近期限 {dueSoon} 件，已逾期 {overdue} 件。",
    unitWorst: "逾期最久：",
    leaderTitle: "创文整改周报（{week} 周）",
    leaderLead:
      "在办问题 {open} 件，逾期 {overdue} 件；按期整改率 {onTime}；累计办结 {closed} 件。",
    leaderWorst: "逾期最多的单位：",
    deadline: "期限",
    open: "查看",
  },
  en: {
    unitTitle: "Weekly digest: {unit} (week of {week})",
    unitLead: "{open} open, {dueSoon} due soon, {overdue} overdue.",
    unitWorst: "Longest overdue:",
    leaderTitle: "Campaign weekly digest (week of {week})",
    leaderLead:
      "{open} open findings, {overdue} overdue; on-time share {onTime}; {closed} closed in all.",
    leaderWorst: "Units with most overdue:",
    deadline: "deadline",
    open: "Open",
  },
} as const;

export function unitDigestText(locale: Locale, f: UnitDigestFacts, link: string) {
  const t = T[locale];
  const lines = [fill(t.unitLead, { open: f.open, dueSoon: f.dueSoon, overdue: f.overdue })];
  if (f.worst.length) {
    lines.push(
      t.unitWorst,
      ...f.worst.map((w) => `- ${w.code} (${t.deadline} ${w.deadline ?? "—"})`),
    );
  }
  lines.push(`${t.open}: ${link}`);
  return {
    title: fill(t.unitTitle, { unit: f.unitName, week: f.weekStart }),
    body: lines.join("\n"),
  };
}

export function leaderDigestText(locale: Locale, f: LeaderDigestFacts, link: string) {
  const t = T[locale];
  const lines = [
    fill(t.leaderLead, {
      open: f.openFindings,
      overdue: f.overdueFindings,
      onTime: pct(f.onTimeShare),
      closed: f.closedTasks,
    }),
  ];
  if (f.worstUnits.length) {
    lines.push(t.leaderWorst, ...f.worstUnits.map((u) => `- ${u.unitName}: ${u.overdue}`));
  }
  lines.push(`${t.open}: ${link}`);
  return { title: fill(t.leaderTitle, { week: f.weekStart }), body: lines.join("\n") };
}
