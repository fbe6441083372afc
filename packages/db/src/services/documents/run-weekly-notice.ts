import {
  type Locale,
  shanghaiDate,
  weeklyNoticeDedupeKey,
  weeklyNoticePeriod,
  weeklyNoticeText,
  weeklyNoticeWords,
} from "@cw/domain";
import { deliveryConfigFromEnv } from "../../channels/delivery-config.ts";
import { Prisma } from "../../generated/prisma/client.ts";
import {
  createNotifications,
  type NotificationRequest,
} from "../notifications/create-notifications.ts";
import type { SystemServiceContext } from "../service-context.ts";
import { documentUrl, storeGeneratedDocument } from "./generated-documents.ts";
import {
  PDF_MIME,
  type ReportConfig,
  ReportRendererUnavailable,
  renderLeaderReportPdf,
} from "./leader-report-pdf.ts";
import { renderWeeklySupervisionNotice } from "./supervision-notice.ts";

const asLocale = (v: string): Locale => (v === "en" ? "en" : "zh-CN");

/**
 * The scheduled weekly 通报 (issue 13): the past week's 督查通报 (Word) and the leader report
 * (the overview for that week, PDF), kept in the documents list without an author, and a
 * notification to every active leader and coordinator linking to them. Each document has
 * its week's key and each notification its person's and week's, so a rerun, a retry after a
 * crash or a second server generates and sends nothing twice (decision 0021).
 */
export async function runWeeklyNotice(ctx: SystemServiceContext, report: ReportConfig) {
  const { prisma, now } = ctx;
  const period = weeklyNoticePeriod(shanghaiDate(now));
  const words = weeklyNoticeWords(ctx.locale, period);
  let generated = 0;
  const docx = await onceByKey(ctx, weeklyNoticeDedupeKey(period.from, "docx"), (key) => {
    generated++;
    return renderWeeklySupervisionNotice(ctx, period, words, key);
  });
  const pdf = await onceByKey(ctx, weeklyNoticeDedupeKey(period.from, "pdf"), async (key) => {
    generated++;
    const bytes = await renderLeaderReportPdf(ctx, report, {
      userId: await reportReader(ctx),
      period,
    });
    return storeGeneratedDocument(ctx, {
      kind: "leader_report",
      title: words.reportTitle,
      fileName: `${words.reportTitle}.pdf`,
      mimeType: PDF_MIME,
      params: period,
      rowCount: 0,
      bytes,
      byteSize: bytes.length,
      dedupeKey: key,
    });
  });

  const { publicUrl } = deliveryConfigFromEnv();
  const people = await prisma.user.findMany({
    where: { role: { in: ["leader", "coordinator"] }, active: true },
    orderBy: { username: "asc" },
    select: { id: true, locale: true },
  });
  const links = { docx: `${publicUrl}${docx.url}`, pdf: `${publicUrl}${pdf.url}` };
  const requests: NotificationRequest[] = people.map((p) => ({
    event: "weekly_notice",
    taskId: null,
    recipient: { userId: p.id },
    ...weeklyNoticeText(asLocale(p.locale), period, links),
    // The bell opens the leader report; the message's body names both files.
    link: pdf.url,
    dedupeKey: `weekly_notice:u:${p.id}:${period.from}`,
  }));
  const created = await prisma.$transaction((tx) => createNotifications(tx, now, requests));
  return {
    week: period.from,
    documents: { docx: docx.id, pdf: pdf.id },
    generated,
    recipients: people.length,
    created: created.length,
  };
}

/** The document with this key if it is there, else the one `make` stores under it. */
async function onceByKey(
  ctx: SystemServiceContext,
  key: string,
  make: (key: string) => Promise<{ id: string }>,
): Promise<{ id: string; url: string }> {
  const find = () =>
    ctx.prisma.generatedDocument.findUnique({ where: { dedupeKey: key }, select: { id: true } });
  const existing = await find();
  if (existing) return { id: existing.id, url: documentUrl(existing.id) };
  try {
    const made = await make(key);
    return { id: made.id, url: documentUrl(made.id) };
  } catch (error) {
    // Another server stored it between the look and the write: that one is the week's.
    if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") {
      throw error;
    }
    const stored = await find();
    if (!stored) throw error;
    return { id: stored.id, url: documentUrl(stored.id) };
  }
}

/** Whose overview the report prints: a leader's (city-wide), else a coordinator's. */
async function reportReader(ctx: SystemServiceContext): Promise<string> {
  for (const role of ["leader", "coordinator"] as const) {
    const user = await ctx.prisma.user.findFirst({
      where: { role, active: true, mustChangePassword: false },
      orderBy: { username: "asc" },
      select: { id: true },
    });
    if (user) return user.id;
  }
  throw new ReportRendererUnavailable(
    "The leader report is printed from a leader's or coordinator's overview: there is no active leader or coordinator with a password set.",
  );
}
