import type { Actor, OverviewTiles, RankedUnit, SupervisionNoticeInput } from "@cw/domain";
import { readEscalatedByUnit } from "../../queries/escalated-by-unit.ts";
import { readOverviewTiles } from "../../queries/overview-tiles.ts";
import { readUnitRanking } from "../../queries/overview-units.ts";
import type { OverviewScope } from "../../queries/overview-where.ts";
import type { ServiceContext } from "../service-context.ts";
import { loadPhotoBytes } from "./photo-bytes.ts";
import { type TaskExportRow, taskExportPages } from "./task-export-rows.ts";

/** Overdue items printed per unit; the rest are counted ("另有 N 项"), not listed. */
export const NOTICE_OVERDUE_ITEMS_PER_UNIT = 20;

export interface NoticeOverdueItem extends TaskExportRow {
  /** The finding's first photo, when it is a type Word shows (JPEG, PNG). */
  photo: { bytes: Uint8Array; type: "jpg" | "png" } | null;
}

/** A unit's row: the overview's counts, and how many of its tasks were escalated. */
export type NoticeUnit = RankedUnit & { escalated: number };

export interface SupervisionNoticeData {
  input: SupervisionNoticeInput;
  tiles: OverviewTiles;
  /** Every unit with tasks in scope, by name: the table. */
  units: NoticeUnit[];
  /** Only units above the minimum sample, in on-time order: the ranking (as the overview). */
  ranked: RankedUnit[];
  minTasks: number;
  overdue: { unitName: string; total: number; items: NoticeOverdueItem[] }[];
}

/**
 * Everything a 督查通报 prints, read through the leader overview's own queries (tiles and
 * the unit ranking: the same definitions of found, closed, on time, overdue) and the task
 * list's (the overdue items): a notice and the overview can never give different numbers.
 */
export async function readSupervisionNotice(
  ctx: ServiceContext<Actor>,
  input: SupervisionNoticeInput,
): Promise<SupervisionNoticeData> {
  const scope: OverviewScope = {
    from: input.from,
    to: input.to,
    unitIds: input.unitIds?.length ? input.unitIds : undefined,
  };
  const [tiles, ranking, escalated] = await Promise.all([
    readOverviewTiles(ctx, scope),
    readUnitRanking(ctx, scope),
    readEscalatedByUnit(ctx.prisma, scope),
  ]);
  const units = [...ranking.byOnTime]
    .sort((a, b) => a.unitName.localeCompare(b.unitName, "zh"))
    .map((u) => ({ ...u, escalated: escalated.get(u.unitId) ?? 0 }));
  const overdue: SupervisionNoticeData["overdue"] = [];
  for (const unit of units) {
    if (unit.overdue === 0) continue;
    const items: NoticeOverdueItem[] = [];
    const filters = {
      unitId: unit.unitId,
      timing: "overdue" as const,
      foundFrom: input.from,
      foundTo: input.to,
    };
    const pages = taskExportPages(ctx, { ...filters, sort: "due_asc", preset: "findings" }, 50);
    for await (const page of pages) {
      for (const row of page) {
        if (items.length >= NOTICE_OVERDUE_ITEMS_PER_UNIT) break;
        items.push({ ...row, photo: await photoOf(ctx, row) });
      }
      if (items.length >= NOTICE_OVERDUE_ITEMS_PER_UNIT) break;
    }
    overdue.push({ unitName: unit.unitName, total: unit.overdue, items });
  }
  return {
    input,
    tiles,
    units,
    ranked: ranking.byOnTime.filter((u) => u.onTimeRank !== null),
    minTasks: ranking.minTasks,
    overdue,
  };
}

async function photoOf(ctx: ServiceContext<Actor>, row: TaskExportRow) {
  const photo = row.beforePhoto;
  if (!photo) return null;
  const type =
    photo.mimeType === "image/jpeg" ? "jpg" : photo.mimeType === "image/png" ? "png" : null;
  if (!type) return null;
  return { bytes: await loadPhotoBytes(ctx.prisma, photo.sha256), type } as const;
}
