import { z } from "zod";

/** How a finding came in. Citizen reports and higher-level feedback need no inspection. */
export const FINDING_SOURCES = [
  "routine_inspection", // 日常督查
  "unannounced_inspection", // 暗访
  "mock_assessment", // 模拟测评
  "higher_feedback", // 上级反馈（省、中央）
  "citizen_report", // 群众举报
] as const;
export const findingSourceSchema = z.enum(FINDING_SOURCES);
export type FindingSource = z.infer<typeof findingSourceSchema>;

export const SEVERITIES = ["minor", "normal", "serious"] as const;
export const severitySchema = z.enum(SEVERITIES);

export const INSPECTION_KINDS = [
  "routine", // 日常督查
  "unannounced", // 暗访
  "mock_assessment", // 模拟测评
  "higher_supervision", // 上级督导
  "follow_up", // 回头看
] as const;
export const inspectionKindSchema = z.enum(INSPECTION_KINDS);

export const ESCALATION_LEVELS = [
  "supervision_notice", // 督办单
  "public_notice", // 通报
  "interview", // 约谈
] as const;
export const escalationLevelSchema = z.enum(ESCALATION_LEVELS);

export const UNIT_KINDS = ["district", "bureau", "street_office", "company", "other"] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
