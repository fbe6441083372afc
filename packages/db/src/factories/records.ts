// Fake-data factories: the one way records are built for the demo city and for tests, so both
// go through the same rules (e.g. dueAt always derived from the deadline by the domain).
import { randomUUID } from "node:crypto";
import { dueAtFor, type FindingCategory, type FindingStatus } from "@cw/domain";
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
  category?: FindingCategory;
  description?: string;
  foundAt?: Date;
  /** Calendar date YYYY-MM-DD in Asia/Shanghai; dueAt follows from it. */
  deadline?: string | null;
  closedAt?: Date | null;
  code?: string;
}

export function findingRecord(input: FindingRecordInput): Prisma.FindingCreateManyInput & {
  id: string;
} {
  const deadline = input.deadline ?? null;
  return {
    id: randomUUID(),
    code: input.code ?? next("F"),
    siteId: input.siteId,
    category: input.category ?? "public_environment",
    description: input.description ?? "垃圾桶满溢未及时清运",
    status: input.status ?? "new",
    foundAt: input.foundAt ?? new Date(),
    deadline: deadline ? new Date(`${deadline}T00:00:00Z`) : null,
    dueAt: deadline ? dueAtFor(deadline) : null,
    closedAt: input.closedAt ?? null,
  };
}
