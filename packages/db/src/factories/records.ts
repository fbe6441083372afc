// Fake-data factories: the one way records are built for the demo city and for tests, so both
// go through the same rules (e.g. dueAt always derived from the deadline by the domain).
import { randomUUID } from "node:crypto";
import {
  dueAtFor,
  type FindingCategory,
  type FindingSource,
  type FindingStatus,
  type Role,
  type TaskResolution,
} from "@cw/domain";
import { toDateColumn } from "../date-columns.ts";
import type { Prisma } from "../generated/prisma/client.ts";

let sequence = 0;
const next = (prefix: string) => `${prefix}${Date.now().toString(36)}${(++sequence).toString(36)}`;

export function unitRecord(
  overrides: Partial<Prisma.ResponsibleUnitCreateManyInput> = {},
): Prisma.ResponsibleUnitCreateManyInput & { id: string } {
  return { id: randomUUID(), code: next("U"), name: "测试责任单位", kind: "bureau", ...overrides };
}

export function siteTypeRecord(
  overrides: Partial<Prisma.SiteTypeCreateManyInput> = {},
): Prisma.SiteTypeCreateManyInput & { id: string } {
  return { id: randomUUID(), code: next("type_"), name: "测试点位类型", ...overrides };
}

export function siteRecord(
  refs: { siteTypeId: string; responsibleUnitId: string },
  overrides: Partial<Prisma.SiteCreateManyInput> = {},
): Prisma.SiteCreateManyInput & { id: string } {
  return {
    id: randomUUID(),
    code: next("S"),
    name: "测试点位",
    address: "华阴市测试路1号",
    latitude: 34.5658,
    longitude: 110.0921,
    ...refs,
    ...overrides,
  };
}

export interface FindingRecordInput {
  siteId: string;
  status?: FindingStatus;
  category?: FindingCategory | string;
  source?: FindingSource;
  description?: string;
  foundAt?: Date;
  /** Calendar date YYYY-MM-DD in Asia/Shanghai; dueAt follows from it. */
  deadline?: string | null;
  unitId?: string | null;
  ownerId?: string | null;
  submittedById?: string | null;
  assignedAt?: Date | null;
  closedAt?: Date | null;
  reporterId?: string | null;
  code?: string;
}

/** A finding and its rectification task, as the workflow would have left them. */
export function findingRecords(input: FindingRecordInput): {
  finding: Prisma.FindingCreateManyInput & { id: string };
  task: Prisma.RectificationTaskCreateManyInput & { id: string };
} {
  const deadline = input.deadline ?? null;
  const status = input.status ?? "new";
  const foundAt = input.foundAt ?? new Date();
  const finding = {
    id: randomUUID(),
    code: input.code ?? next("F"),
    siteId: input.siteId,
    source: input.source ?? "routine_inspection",
    category: input.category ?? "public_environment",
    description: input.description ?? "垃圾桶满溢未及时清运",
    foundAt,
    reporterId: input.reporterId ?? null,
  };
  const task = {
    id: randomUUID(),
    findingId: finding.id,
    status,
    unitId: input.unitId ?? null,
    ownerId: input.ownerId ?? null,
    deadline: deadline ? toDateColumn(deadline) : null,
    dueAt: deadline ? dueAtFor(deadline) : null,
    assignedAt: input.assignedAt ?? (status === "new" ? null : foundAt),
    submittedById: input.submittedById ?? null,
    closedAt: input.closedAt ?? null,
    resolution: resolutionOf(status),
  };
  return { finding, task };
}

function resolutionOf(status: FindingStatus): TaskResolution | null {
  if (status === "closed") return "verified";
  return status === "cancelled" ? "duplicate" : null;
}

export interface UserRecordInput {
  username?: string;
  displayName?: string;
  role: Role;
  unitId?: string | null;
  passwordHash: string;
}

export function userRecord(input: UserRecordInput): Prisma.UserCreateManyInput & { id: string } {
  return {
    id: randomUUID(),
    username: input.username ?? next("user_"),
    displayName: input.displayName ?? input.username ?? "测试用户",
    role: input.role,
    unitId: input.unitId ?? null,
    passwordHash: input.passwordHash,
  };
}
