import { z } from "zod";

/** Finding categories (问题类别) used on checklists and in reports. */
export const FINDING_CATEGORIES = [
  "public_environment", // 公共环境
  "public_order", // 公共秩序
  "infrastructure", // 基础设施
  "public_service_ads", // 公益宣传
  "civic_behaviour", // 文明行为
  "service_quality", // 窗口服务
] as const;

export const findingCategorySchema = z.enum(FINDING_CATEGORIES);
export type FindingCategory = z.infer<typeof findingCategorySchema>;
