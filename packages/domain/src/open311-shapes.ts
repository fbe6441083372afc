import { z } from "zod";
import { type FindingStatus, OPEN_FINDING_STATUSES } from "./finding-status.ts";
import { SHANGHAI_OFFSET_MS } from "./shanghai-time.ts";

/**
 * Open311 GeoReport v2: the spec's JSON shapes and how a finding becomes one. Parsing the
 * query and the error format are in open311.ts, which re-exports this module.
 */
export const OPEN311_GROUP = "创文问题";

export type Open311Status = "open" | "closed";

/** Open iff the task is in the domain's open statuses; a finding without a task is not yet dispatched. */
export function open311Status(taskStatus: string | null): Open311Status {
  if (taskStatus === null) return "open";
  return (OPEN_FINDING_STATUSES as readonly string[]).includes(taskStatus) ? "open" : "closed";
}

/** ISO 8601 with the +08:00 offset: Beijing time, which is how the campaign reads its dates. */
export function toShanghaiIso(instant: Date): string {
  return `${new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 19)}+08:00`;
}

export const open311ServiceSchema = z.object({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(["realtime", "batch", "blackbox"]),
  keywords: z.string(),
  group: z.string(),
});
export type Open311Service = z.infer<typeof open311ServiceSchema>;

export const open311RequestSchema = z.object({
  service_request_id: z.string(),
  status: z.enum(["open", "closed"]),
  status_notes: z.string(),
  service_name: z.string(),
  service_code: z.string(),
  description: z.string(),
  agency_responsible: z.string(),
  service_notice: z.string(),
  requested_datetime: z.string(),
  updated_datetime: z.string(),
  expected_datetime: z.string().nullable(),
  address: z.string(),
  address_id: z.string(),
  zipcode: z.string(),
  lat: z.number(),
  long: z.number(),
  media_url: z.string(),
});
export type Open311Request = z.infer<typeof open311RequestSchema>;

export interface Open311CategoryRow {
  code: string;
  name: string;
  nameEn: string;
  defaultDeadlineDays: number;
}

export function toOpen311Service(row: Open311CategoryRow): Open311Service {
  return {
    service_code: row.code,
    service_name: row.name,
    description: `${row.name}（${row.nameEn}），默认整改期限 ${row.defaultDeadlineDays} 个工作日`,
    metadata: false,
    type: "realtime",
    keywords: "",
    group: OPEN311_GROUP,
  };
}

/** A finding as the database hands it over: plain values, no Prisma types. */
export interface Open311FindingRow {
  code: string;
  description: string;
  foundAt: Date;
  updatedAt: Date;
  latitude: number | null;
  longitude: number | null;
  category: { code: string; name: string };
  site: { code: string; address: string; latitude: number; longitude: number; unitName: string };
  task: {
    status: string;
    resolution: string | null;
    updatedAt: Date;
    dueAt: Date | null;
    unitName: string | null;
  } | null;
  firstPhotoId: string | null;
}

const STATUS_NOTES: Record<FindingStatus, string> = {
  new: "新发现，待派发",
  assigned: "已派发，待责任单位认领",
  in_progress: "整改中",
  submitted: "已提交整改，待复查",
  returned: "复查未通过，已退回重新整改",
  partly_fixed: "复查为部分整改，继续整改",
  pushed_back: "责任单位退回，待重新交办",
  closed: "已销号",
  cancelled: "已撤销",
};
const RESOLUTION_NOTES: Record<string, string> = {
  verified: "复查销号",
  fixed_on_spot: "立行立改",
  duplicate: "重复撤销",
};

function statusNotes(task: Open311FindingRow["task"]): string {
  if (!task) return STATUS_NOTES.new;
  const label = STATUS_NOTES[task.status as FindingStatus] ?? task.status;
  const resolution = task.resolution ? RESOLUTION_NOTES[task.resolution] : undefined;
  return open311Status(task.status) === "closed" && resolution ? `${label}：${resolution}` : label;
}

/** `origin` (scheme://host) makes media_url absolute, as the spec asks. */
export function toOpen311Request(row: Open311FindingRow, origin: string): Open311Request {
  const { task, site } = row;
  return {
    service_request_id: row.code,
    status: open311Status(task?.status ?? null),
    status_notes: statusNotes(task),
    service_name: row.category.name,
    service_code: row.category.code,
    description: row.description,
    agency_responsible: task?.unitName ?? site.unitName,
    service_notice: "",
    requested_datetime: toShanghaiIso(row.foundAt),
    updated_datetime: toShanghaiIso(task?.updatedAt ?? row.updatedAt),
    expected_datetime: task?.dueAt ? toShanghaiIso(task.dueAt) : null,
    address: site.address,
    address_id: site.code,
    zipcode: "",
    lat: row.latitude ?? site.latitude,
    long: row.longitude ?? site.longitude,
    media_url: row.firstPhotoId ? `${origin}/open311/v2/media/${row.firstPhotoId}` : "",
  };
}
