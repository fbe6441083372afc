import { z } from "zod";

/**
 * 随手拍 and the 12345 hotline (decision 0026): reports from outside the campaign staff, the
 * triage they wait in, and the reporter's answer once the work is done.
 */
export const CITIZEN_REPORT_SOURCES = [
  "citizen_report", // 随手拍: a citizen's phone, no account
  "hotline", // 12345 热线: another city system through Open311 POST
] as const;
export const citizenReportSourceSchema = z.enum(CITIZEN_REPORT_SOURCES);
export type CitizenReportSource = z.infer<typeof citizenReportSourceSchema>;

export const CITIZEN_REPORT_STATUSES = [
  "received", // 待分拣: waiting for a coordinator
  "accepted", // 已受理: became a finding of its own
  "rejected", // 不予受理: with the reason the reporter sees
  "merged", // 已合并: joined an existing finding, which the reporter then follows
] as const;
export const citizenReportStatusSchema = z.enum(CITIZEN_REPORT_STATUSES);
export type CitizenReportStatus = z.infer<typeof citizenReportStatusSchema>;

export const CITIZEN_BLOCK_KINDS = ["device", "mobile"] as const;
export const citizenBlockKindSchema = z.enum(CITIZEN_BLOCK_KINDS);
export type CitizenBlockKind = z.infer<typeof citizenBlockKindSchema>;

/** 解决了吗？ */
export const SATISFACTION_ANSWERS = ["fixed", "not_fixed"] as const;
export const satisfactionAnswerSchema = z.enum(SATISFACTION_ANSWERS);
export type SatisfactionAnswer = z.infer<typeof satisfactionAnswerSchema>;

/** What a reporter reads on the status page: the report's and its finding's state in one word. */
export const PUBLIC_REPORT_STAGES = [
  "received", // 已收到，等待处理
  "rejected", // 未受理（with the reason)
  "accepted", // 已受理，待派发
  "in_progress", // 整改中
  "verifying", // 已整改，待复查
  "closed", // 已整改完成 (with the after photo)
  "cancelled", // 已撤销
] as const;
export type PublicReportStage = (typeof PUBLIC_REPORT_STAGES)[number];
