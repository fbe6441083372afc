import type { Locale } from "../messages.ts";
import { fill } from "../notifications/reminder-text.ts";
import { weekStartOf } from "../overview-weeks.ts";
import { addCalendarDays, type CalendarDate } from "../shanghai-time.ts";

/**
 * The scheduled weekly 通报 (issue 13): on any day of a week it covers the week before,
 * Monday to Sunday (findings found then), so Monday's run reports the whole past week.
 */
export function weeklyNoticePeriod(today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const thisWeek = weekStartOf(today);
  return { from: addCalendarDays(thisWeek, -7), to: addCalendarDays(thisWeek, -1) };
}

/** The identity of one of the week's documents: generated once, however often the job runs. */
export const weeklyNoticeDedupeKey = (from: CalendarDate, format: "docx" | "pdf") =>
  `weekly_notice:${from}:${format}`;

const T = {
  "zh-CN": {
    issuer: "创建全国文明城市工作指挥部办公室",
    docNumber: "创文办通〔{year}〕周{from}号",
    title: "创文问题整改情况周通报（{from}至{to}）",
    reportTitle: "领导报告（{from}至{to}）",
    closing:
      "请各责任单位对照问题清单，逐项整改、按期销号；逾期问题须在三个工作日内整改到位，并将整改情况报市创文办。",
    message: "{from}至{to}的督查通报（Word）和领导报告（PDF）已生成，可在文档列表中查看。",
    notice: "督查通报",
    report: "领导报告",
  },
  en: {
    issuer: "Office of the Civilised City Campaign Headquarters",
    docNumber: "Campaign notice {year}/W{from}",
    title: "Weekly notice on rectification, {from} to {to}",
    reportTitle: "Leader report, {from} to {to}",
    closing:
      "Each responsible unit is to work through its findings and close them by their deadlines; overdue findings are to be fixed within three working days and reported to the campaign office.",
    message:
      "The supervision notice (Word) and the leader report (PDF) for {from} to {to} are ready in the documents list.",
    notice: "Supervision notice",
    report: "Leader report",
  },
} as const;

/** What the scheduled notice says where a coordinator would write it (the form's defaults). */
export function weeklyNoticeWords(
  locale: Locale,
  period: { from: CalendarDate; to: CalendarDate },
) {
  const t = T[locale];
  const facts = {
    year: period.from.slice(0, 4),
    from: period.from,
    to: period.to,
  };
  return {
    issuer: t.issuer,
    docNumber: fill(t.docNumber, { ...facts, from: period.from.slice(5).replace("-", "") }),
    title: fill(t.title, facts),
    reportTitle: fill(t.reportTitle, facts),
    closing: t.closing,
  };
}

/** The message to leaders and coordinators: the bell links to the PDF, the body to both files. */
export function weeklyNoticeText(
  locale: Locale,
  period: { from: CalendarDate; to: CalendarDate },
  links: { docx: string; pdf: string },
) {
  const t = T[locale];
  const words = weeklyNoticeWords(locale, period);
  return {
    title: words.title,
    body: [
      fill(t.message, { from: period.from, to: period.to }),
      `${t.notice}: ${links.docx}`,
      `${t.report}: ${links.pdf}`,
    ].join("\n"),
  };
}
