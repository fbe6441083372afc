import { z } from "zod";

/** The three national assessment systems (三大测评体系). */
export const SYSTEM_KINDS = [
  "civilized_city", // 全国文明城市测评体系
  "minors", // 全国未成年人思想道德建设工作测评体系
  "villages_towns", // 全国文明村镇测评体系
] as const;
export const systemKindSchema = z.enum(SYSTEM_KINDS);
export type SystemKind = z.infer<typeof systemKindSchema>;

/** 测评项目 → 测评指标 → 测评内容; standards hang under contents. */
export const NODE_LEVELS = ["item", "indicator", "content"] as const;
export const nodeLevelSchema = z.enum(NODE_LEVELS);
export type NodeLevel = z.infer<typeof nodeLevelSchema>;

/** Assessment methods (测评方法), including the minor ones of older editions. */
export const METHODS = [
  "field_inspection", // 实地考察
  "materials_review", // 材料审核 / 网上申报
  "survey", // 问卷调查
  "briefing", // 听取汇报
  "online_survey", // 网络调查
  "overall_observation", // 整体观察
] as const;
export const methodSchema = z.enum(METHODS);
export type Method = z.infer<typeof methodSchema>;

/** The three sections (三大板块) of an assessment. */
export const SECTIONS = ["field", "materials", "survey"] as const;
export type Section = (typeof SECTIONS)[number];

/** Which section a method's points count in. Minor methods join the nearest section. */
export const SECTION_OF_METHOD: Record<Method, Section> = {
  field_inspection: "field",
  overall_observation: "field",
  materials_review: "materials",
  briefing: "materials",
  survey: "survey",
  online_survey: "survey",
};

/** The methods whose points count in a section: read from SECTION_OF_METHOD, never listed again. */
export function methodsOfSection(section: Section): Method[] {
  return METHODS.filter((m) => SECTION_OF_METHOD[m] === section);
}

/** Whether a standard assessed by these methods has points in the section. */
export function countsInSection(methods: readonly Method[], section: Section): boolean {
  return methods.some((m) => SECTION_OF_METHOD[m] === section);
}

/** 材料审核 and 听取汇报: the standards a materials requirement may be set out for. */
export const MATERIALS_METHODS: readonly Method[] = methodsOfSection("materials");

export const CHECK_RESULTS = ["pass", "fail", "not_applicable"] as const;
export const checkResultSchema = z.enum(CHECK_RESULTS);
export type CheckResult = z.infer<typeof checkResultSchema>;

/** Materials review states: not started → drafted → submitted → returned | approved. */
export const MATERIAL_STATUSES = [
  "not_started",
  "drafted",
  "submitted",
  "returned",
  "approved",
] as const;
export const materialStatusSchema = z.enum(MATERIAL_STATUSES);
export type MaterialStatus = z.infer<typeof materialStatusSchema>;

export const SURVEY_MEASURES = ["awareness", "participation", "support", "satisfaction"] as const;
export const surveyMeasureSchema = z.enum(SURVEY_MEASURES);
export type SurveyMeasure = z.infer<typeof surveyMeasureSchema>;

export const SURVEY_AUDIENCES = ["residents", "minors"] as const;
export const surveyAudienceSchema = z.enum(SURVEY_AUDIENCES);
export type SurveyAudience = z.infer<typeof surveyAudienceSchema>;
