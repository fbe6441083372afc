import type { EscalationLevel } from "../finding-vocabulary.ts";
import type { Locale } from "../messages.ts";
import type { NotificationEvent } from "./vocabulary.ts";

/** The events a person's action on a task notifies at once (the after-task-change hook). */
export const TASK_ACTION_EVENTS = [
  "dispatched",
  "transferred",
  "returned",
  "escalated",
  "deadline_changed",
  "verification_requested",
  "evidence_rejected",
  "extension_requested",
  "extension_approved",
  "extension_refused",
  "pushed_back",
] as const satisfies readonly NotificationEvent[];
export type TaskActionEvent = (typeof TASK_ACTION_EVENTS)[number];

/** What a task notification names: the finding, where, who has it, by when, and why. */
export interface TaskEventFacts {
  code: string;
  siteName: string;
  unitName: string | null;
  /** YYYY-MM-DD, or null for a task without a deadline. */
  deadline: string | null;
  /** The reason given (return, partly fixed, deadline change), or the 督办 notice text. */
  note: string | null;
  level?: EscalationLevel | undefined;
}

type Template = { title: string; body: string };

const zhCN: Record<TaskActionEvent, Template> = {
  dispatched: {
    title: "新交办任务 {code}",
    body: "{site}的问题 {code} 已交办{unit}，整改期限 {deadline}。",
  },
  transferred: {
    title: "转办任务 {code}",
    body: "{site}的问题 {code} 已转办{unit}，整改期限 {deadline}。原因：{note}",
  },
  returned: {
    title: "整改被退回 {code}",
    body: "{site}的问题 {code} 复查未通过，已退回重新整改，期限 {deadline}。原因：{note}",
  },
  escalated: {
    title: "{level} {code}",
    body: "{site}的问题 {code} 被{level}，整改期限 {deadline}：{note}",
  },
  deadline_changed: {
    title: "整改期限调整 {code}",
    body: "{site}的问题 {code} 整改期限调整为 {deadline}。原因：{note}",
  },
  verification_requested: {
    title: "待复查 {code}",
    body: "{site}的问题 {code} 已由{unit}提交整改，请复查（期限 {deadline}）。",
  },
  evidence_rejected: {
    title: "整改材料未通过 {code}",
    body: "{site}的问题 {code} 复查为部分整改，请补充整改，期限 {deadline}。原因：{note}",
  },
  extension_requested: {
    title: "延期申请 {code}",
    body: "{unit}申请延长{site}的问题 {code} 的整改期限（现为 {deadline}），请审批。理由：{note}",
  },
  extension_approved: {
    title: "同意延期 {code}",
    body: "{site}的问题 {code} 的延期申请已同意，整改期限 {deadline}。",
  },
  extension_refused: {
    title: "不同意延期 {code}",
    body: "{site}的问题 {code} 的延期申请未获同意，整改期限仍为 {deadline}。理由：{note}",
  },
  pushed_back: {
    title: "任务被退回 {code}",
    body: "{unit}退回了{site}的问题 {code}（非本单位职责），请重新交办。理由：{note}",
  },
};

const en: Record<TaskActionEvent, Template> = {
  dispatched: {
    title: "New task {code}",
    body: "Finding {code} at {site} was dispatched to {unit}; deadline {deadline}.",
  },
  transferred: {
    title: "Task transferred {code}",
    body: "Finding {code} at {site} was transferred to {unit}; deadline {deadline}. Reason: {note}",
  },
  returned: {
    title: "Fix returned {code}",
    body: "The fix of finding {code} at {site} was returned for rework; deadline {deadline}. Reason: {note}",
  },
  escalated: {
    title: "{Level} {code}",
    body: "Finding {code} at {site} received a {level}; deadline {deadline}: {note}",
  },
  deadline_changed: {
    title: "Deadline changed {code}",
    body: "The deadline of finding {code} at {site} is now {deadline}. Reason: {note}",
  },
  verification_requested: {
    title: "To verify {code}",
    body: "{unit} submitted the fix of finding {code} at {site}; please verify (deadline {deadline}).",
  },
  evidence_rejected: {
    title: "Evidence not accepted {code}",
    body: "Finding {code} at {site} was found only partly fixed; finish the fix by {deadline}. Reason: {note}",
  },
  extension_requested: {
    title: "Extension requested {code}",
    body: "{unit} asks for more time on finding {code} at {site} (deadline {deadline}); please decide. Reason: {note}",
  },
  extension_approved: {
    title: "Extension approved {code}",
    body: "The extension for finding {code} at {site} was approved; deadline {deadline}.",
  },
  extension_refused: {
    title: "Extension refused {code}",
    body: "The extension for finding {code} at {site} was refused; the deadline stays {deadline}. Reason: {note}",
  },
  pushed_back: {
    title: "Task pushed back {code}",
    body: "{unit} pushed back finding {code} at {site} as not its responsibility; please dispatch it again. Reason: {note}",
  },
};

const LEVEL: Record<Locale, Record<EscalationLevel, string>> = {
  "zh-CN": { supervision_notice: "督办", public_notice: "通报", interview: "约谈" },
  en: {
    supervision_notice: "supervision notice",
    public_notice: "public notice",
    interview: "summons to interview",
  },
};

const NONE: Record<Locale, { deadline: string; unit: string; note: string }> = {
  "zh-CN": { deadline: "未定", unit: "责任单位", note: "无" },
  en: { deadline: "not set", unit: "the unit", note: "none" },
};

/**
 * The title and body of a task notification in the recipient's language, naming the finding
 * code, the site and the deadline (and the reason or notice where there is one).
 */
export function renderTaskEventText(
  event: TaskActionEvent,
  locale: Locale,
  facts: TaskEventFacts,
): { title: string; body: string } {
  const template = (locale === "en" ? en : zhCN)[event];
  const none = NONE[locale];
  const level = facts.level ? LEVEL[locale][facts.level] : "";
  const values: Record<string, string> = {
    code: facts.code,
    site: facts.siteName,
    unit: facts.unitName ?? none.unit,
    deadline: facts.deadline ?? none.deadline,
    note: facts.note?.trim() || none.note,
    level,
    Level: level.charAt(0).toUpperCase() + level.slice(1),
  };
  const fill = (text: string) =>
    text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? "");
  return {
    title: fill(template.title),
    body: fill(template.body),
  };
}

/** The page a task notification opens. */
export const taskLink = (findingId: string) => `/tasks/${findingId}`;
