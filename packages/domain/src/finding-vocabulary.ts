import { z } from "zod";

/** How a finding came in. Citizen reports and higher-level feedback need no inspection. */
export const FINDING_SOURCES = [
  "routine_inspection", // 日常督查
  "unannounced_inspection", // 暗访
  "mock_assessment", // 模拟测评
  "higher_feedback", // 上级反馈（省、中央）
  "citizen_report", // 群众举报（随手拍）
  "hotline", // 12345 热线
] as const;
export const findingSourceSchema = z.enum(FINDING_SOURCES);
export type FindingSource = z.infer<typeof findingSourceSchema>;

export const SEVERITIES = ["minor", "normal", "serious"] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export const INSPECTION_KINDS = [
  "routine", // 日常督查
  "unannounced", // 暗访
  "mock_assessment", // 模拟测评
  "higher_supervision", // 上级督导
  "follow_up", // 回头看
] as const;
export const inspectionKindSchema = z.enum(INSPECTION_KINDS);
export type InspectionKind = z.infer<typeof inspectionKindSchema>;

export const ESCALATION_LEVELS = [
  "supervision_notice", // 督办单
  "public_notice", // 通报
  "interview", // 约谈
] as const;
export const escalationLevelSchema = z.enum(ESCALATION_LEVELS);
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;

export const UNIT_KINDS = ["district", "bureau", "street_office", "company", "other"] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** How a closed or cancelled task ended. */
export const TASK_RESOLUTIONS = [
  "verified", // 复查通过
  "fixed_on_spot", // 立行立改
  "duplicate", // 重复撤销
] as const;
export const taskResolutionSchema = z.enum(TASK_RESOLUTIONS);
export type TaskResolution = z.infer<typeof taskResolutionSchema>;

/** A verifier's verdict on a submitted fix. */
export const VERIFICATION_RESULTS = ["passed", "returned", "partly_fixed"] as const;
export const verificationResultSchema = z.enum(VERIFICATION_RESULTS);
export type VerificationResult = z.infer<typeof verificationResultSchema>;

/** A unit's progress note, its submission for verification, or the dispatcher's instructions. */
export const PROGRESS_KINDS = ["progress", "submission", "instruction"] as const;
export const progressKindSchema = z.enum(PROGRESS_KINDS);
export type ProgressKind = z.infer<typeof progressKindSchema>;

/** A finding's photo shows the problem, or (fixed on the spot) the result. */
export const FINDING_PHOTO_KINDS = ["before", "after"] as const;
export const findingPhotoKindSchema = z.enum(FINDING_PHOTO_KINDS);
export type FindingPhotoKind = z.infer<typeof findingPhotoKindSchema>;
