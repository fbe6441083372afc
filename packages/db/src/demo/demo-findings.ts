import {
  addCalendarDays,
  FINDING_CATEGORIES,
  type FindingCategory,
  type FindingStatus,
  shanghaiDate,
} from "@cw/domain";
import { DEMO_FINDING_TEXTS, DEMO_SITES } from "./huayin-city.ts";

export interface DemoFinding {
  code: string;
  siteCode: string;
  category: FindingCategory;
  description: string;
  status: FindingStatus;
  foundAt: Date;
  deadline: string | null;
  closedAt: Date | null;
}

/** A small deterministic PRNG, so the demo city is the same on every machine. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The mix of states a live campaign shows: mostly in the loop, some closed, a few overdue.
const STATUS_PLAN: readonly FindingStatus[] = [
  "new",
  "new",
  "new",
  "assigned",
  "assigned",
  "assigned",
  "assigned",
  "in_progress",
  "in_progress",
  "in_progress",
  "in_progress",
  "in_progress",
  "submitted",
  "submitted",
  "returned",
  "partly_fixed",
  "closed",
  "closed",
  "closed",
  "closed",
  "closed",
  "closed",
  "closed",
  "closed",
  "cancelled",
  "in_progress",
  "assigned",
  "returned",
  "in_progress",
  "submitted",
  "closed",
  "closed",
  "in_progress",
  "assigned",
  "new",
  "closed",
];

/**
 * The demo findings relative to `now`: found over the last six weeks, deadlines a few days
 * to two weeks after discovery, so that some open ones are overdue whenever the demo starts.
 */
export function demoFindings(now: Date, count = STATUS_PLAN.length): DemoFinding[] {
  const random = mulberry32(20220920);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const today = shanghaiDate(now);
  return Array.from({ length: count }, (_, i) => {
    const status = STATUS_PLAN[i % STATUS_PLAN.length] as FindingStatus;
    const site = DEMO_SITES[i % DEMO_SITES.length] as (typeof DEMO_SITES)[number];
    const category = pick(FINDING_CATEGORIES);
    const ageDays = 1 + Math.floor(random() * 28);
    const foundDate = addCalendarDays(today, -ageDays);
    const foundAt = new Date(`${foundDate}T0${1 + Math.floor(random() * 8)}:30:00Z`);
    const deadline =
      status === "new" ? null : addCalendarDays(foundDate, 7 + Math.floor(random() * 14));
    const closedAt =
      status === "closed" || status === "cancelled"
        ? new Date(foundAt.getTime() + (1 + Math.floor(random() * ageDays)) * 86_400_000 * 0.9)
        : null;
    return {
      code: `F${String(i + 1).padStart(4, "0")}`,
      siteCode: site.code,
      category,
      description: pick(DEMO_FINDING_TEXTS[category]),
      status,
      foundAt,
      deadline,
      closedAt: closedAt && closedAt > now ? now : closedAt,
    };
  });
}
