// The message catalogue for errors the API returns. Screens have their own catalogue in the
// web app; these are the texts a form shows next to a field or in a notice.

const zhCN = {
  "error.not_found": "找不到该记录（{entity} {id}）。",
  "error.unauthorized": "请先登录。",
  "error.login_failed": "用户名或密码不正确。",
  "error.account_inactive": "该账号已停用，请联系管理员。",
  "error.forbidden_role": "您的角色无权进行此操作。",
  "error.forbidden_unit": "这项任务不属于您的单位。",
  "error.stale_version": "该任务已被他人修改，请刷新后重试。",
  "error.invalid_input": "输入有误，请检查标出的字段。",
  "error.duplicate": "已存在相同的记录（{field}）。",
  "error.reference_missing": "引用的记录不存在（{field}）。",
  "error.internal": "服务器暂时无法完成请求，请稍后重试。",
  "workflow.illegal_transition": "当前状态“{from}”下不能执行“{action}”。",
  "workflow.reason_required": "请填写原因。",
  "workflow.note_required": "请填写说明。",
  "workflow.photo_required": "请至少上传一张照片。",
  "workflow.unit_required": "请选择责任单位。",
  "workflow.same_unit": "请选择另一个责任单位。",
  "workflow.verifier_is_submitter": "复查人不能是提交整改的人。",
  "workflow.duplicate_of_required": "请指明重复的原问题。",
  "workflow.duplicate_of_self": "问题不能与自身重复。",
  "workflow.deadline_in_past": "整改期限不能早于今天。",
  "workflow.not_dispatched": "该问题尚未派发。",
  "workflow.task_closed": "该任务已结束。",
  "photo.too_large": "照片超过 {limitMb} MB 的上限。",
  "photo.unsupported_type": "只支持 JPEG、PNG 或 WebP 格式的照片。",
  "photo.empty": "照片文件为空。",
  "photo.not_found": "照片不存在或不属于您：{id}。",
  "field.required": "必填。",
  "field.invalid": "格式不正确。",
  "field.invalid_date": "请输入有效的日期（YYYY-MM-DD）。",
  "field.invalid_coordinate": "坐标超出范围。",
  "field.too_long": "内容过长。",
  "user.unit_required": "单位联络员必须属于一个责任单位。",
  "user.password_too_short": "密码至少 {min} 位。",
  "open311.invalid_key": "API 密钥无效。",
  // admin
  "admin.parent_cycle": "上级单位不能是该单位本身或其下级单位。",
  "admin.own_account": "不能停用自己的账号或更改自己的角色。",
  "field.invalid_code": "只能包含字母、数字、“.”、“_”和“-”。",
  "field.out_of_range": "数值超出允许范围。",
  // inspections
  "inspection.members_required": "请至少选择一名检查人员。",
  "inspection.sites_required": "请至少选择一个点位。",
  "inspection.unknown_members": "找不到以下检查人员：{memberIds}。",
  "inspection.unknown_sites": "找不到以下点位：{siteIds}。",
} as const;

export type MessageKey = keyof typeof zhCN;

const en: Record<MessageKey, string> = {
  "error.not_found": "Not found ({entity} {id}).",
  "error.unauthorized": "Please sign in.",
  "error.login_failed": "Wrong username or password.",
  "error.account_inactive": "This account is disabled; ask an administrator.",
  "error.forbidden_role": "Your role is not allowed to do this.",
  "error.forbidden_unit": "This task belongs to another unit.",
  "error.stale_version": "Someone else changed this task; reload and try again.",
  "error.invalid_input": "Some input is invalid; check the marked fields.",
  "error.duplicate": "A record with the same {field} already exists.",
  "error.reference_missing": "The referenced record does not exist ({field}).",
  "error.internal": "The server could not complete the request; try again later.",
  "workflow.illegal_transition": "Cannot {action} a task that is {from}.",
  "workflow.reason_required": "Give a reason.",
  "workflow.note_required": "Add a note.",
  "workflow.photo_required": "Attach at least one photo.",
  "workflow.unit_required": "Choose a responsible unit.",
  "workflow.same_unit": "Choose a different responsible unit.",
  "workflow.verifier_is_submitter": "The verifier cannot be the person who submitted the fix.",
  "workflow.duplicate_of_required": "Name the original finding this duplicates.",
  "workflow.duplicate_of_self": "A finding cannot duplicate itself.",
  "workflow.deadline_in_past": "The deadline cannot be before today.",
  "workflow.not_dispatched": "This finding has not been dispatched yet.",
  "workflow.task_closed": "This task is finished.",
  "photo.too_large": "The photo is larger than the {limitMb} MB limit.",
  "photo.unsupported_type": "Only JPEG, PNG or WebP photos are accepted.",
  "photo.empty": "The photo file is empty.",
  "photo.not_found": "Photo not found or not yours: {id}.",
  "field.required": "Required.",
  "field.invalid": "Invalid format.",
  "field.invalid_date": "Enter a valid date (YYYY-MM-DD).",
  "field.invalid_coordinate": "Coordinate out of range.",
  "field.too_long": "Too long.",
  "user.unit_required": "A unit officer must belong to a responsible unit.",
  "user.password_too_short": "The password needs at least {min} characters.",
  "open311.invalid_key": "Invalid API key.",
  // admin
  "admin.parent_cycle": "A unit's parent cannot be the unit itself or one of its sub-units.",
  "admin.own_account": "You cannot disable your own account or change your own role.",
  "field.invalid_code": 'Use only letters, digits, ".", "_" and "-".',
  "field.out_of_range": "The value is out of the allowed range.",
  // inspections
  "inspection.members_required": "Choose at least one inspector.",
  "inspection.sites_required": "Choose at least one site.",
  "inspection.unknown_members": "No such inspectors: {memberIds}.",
  "inspection.unknown_sites": "No such sites: {siteIds}.",
};

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
const catalogues: Record<Locale, Record<MessageKey, string>> = { "zh-CN": zhCN, en };

export function formatMessage(
  key: MessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  const template = catalogues[locale][key] ?? catalogues["zh-CN"][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks zh-CN unless the client prefers English (Accept-Language or a lang cookie). */
export function pickLocale(preference: string | undefined | null): Locale {
  const first = preference?.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "zh-CN";
}
