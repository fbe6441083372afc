import { z } from "zod";

/** Where an extension request (申请延期) stands; only a pending one can be decided. */
export const EXTENSION_STATUSES = [
  "pending", // 待审批
  "approved", // 已同意: the deadline moved
  "refused", // 未同意: the deadline stayed
  "lapsed", // 已失效: the task left the unit (closed, transferred, pushed back) undecided
] as const;
export const extensionStatusSchema = z.enum(EXTENSION_STATUSES);
export type ExtensionStatus = z.infer<typeof extensionStatusSchema>;
