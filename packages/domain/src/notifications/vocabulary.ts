import { z } from "zod";

/** Who a unit has for the supervision loop to reach (issue 10). */
export const CONTACT_ROLES = [
  "head", // 负责人: reached when a task stays overdue (the escalation ladder)
  "liaison", // 联络员: reached with the owner on every event of the unit's tasks
] as const;
export const contactRoleSchema = z.enum(CONTACT_ROLES);
export type ContactRole = z.infer<typeof contactRoleSchema>;

/**
 * What a notification is about. The first eleven follow a person's action at once; the rest
 * are sent by the scheduled reminders and digests.
 */
export const NOTIFICATION_EVENTS = [
  "dispatched", // 交办
  "transferred", // 转办
  "returned", // 退回
  "escalated", // 督办 notice
  "deadline_changed", // 期限调整
  "verification_requested", // 待复查
  "evidence_rejected", // 复查不通过
  "extension_requested", // 申请延期, to the coordinators
  "extension_approved", // 同意延期
  "extension_refused", // 不同意延期
  "pushed_back", // 退回（非本单位职责）, to the coordinators
  "due_soon", // 临近提醒
  "overdue", // 到期催办
  "overdue_head", // 催办 to the unit head after K overdue working days
  "overdue_leaders", // 催办 to the leaders after a further K
  "unclaimed", // 未认领提醒
  "digest_unit", // weekly digest to a unit
  "digest_leader", // weekly digest to leaders
  "weekly_notice", // the weekly 督查通报 and leader report are in the documents list
] as const;
export const notificationEventSchema = z.enum(NOTIFICATION_EVENTS);
export type NotificationEvent = z.infer<typeof notificationEventSchema>;
