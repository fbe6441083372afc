import { type Actor, DomainError, type RectificationNoticeInput } from "@cw/domain";
import { fromDateColumn } from "../../date-columns.ts";
import type { ServiceContext } from "../service-context.ts";
import { loadPhotoBytes } from "./photo-bytes.ts";

export interface NoticeTask {
  code: string;
  siteName: string;
  address: string;
  category: string;
  description: string;
  foundAt: Date;
  deadline: string | null;
  standard: { code: string; text: string } | null;
  /** For the Word file (with `withBytes`): the first photos Word can embed. */
  photos: { bytes: Uint8Array; type: "jpg" | "png" }[];
  /** For the print view: the first photos' ids (`/api/photos/:id`). */
  photoIds: string[];
}

export interface UnitNotice {
  unitName: string;
  headName: string | null;
  tasks: NoticeTask[];
}

/** Photos per finding printed on a notice (the rest stay in the system). */
const PHOTOS_PER_TASK = 2;

/**
 * The chosen tasks grouped by responsible unit (one notice each), with what a notice prints:
 * the finding, its photos, the standard it breaks and the deadline. A task not yet dispatched
 * has no unit to send it to and is refused, as is an id that names no task.
 */
export async function readRectificationNotices(
  ctx: ServiceContext<Actor>,
  input: Pick<RectificationNoticeInput, "findingIds">,
  options: { withBytes: boolean } = { withBytes: true },
): Promise<UnitNotice[]> {
  const rows = await ctx.prisma.rectificationTask.findMany({
    where: { findingId: { in: input.findingIds } },
    orderBy: { finding: { code: "asc" } },
    select: {
      findingId: true,
      deadline: true,
      unit: {
        select: {
          id: true,
          name: true,
          // The unit's head (负责人), addressed by the notice.
          contacts: {
            where: { role: "head", active: true },
            select: { name: true },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            take: 1,
          },
        },
      },
      finding: {
        select: {
          code: true,
          description: true,
          foundAt: true,
          categoryRef: { select: { name: true, nameEn: true } },
          site: { select: { name: true, address: true } },
          standard: { select: { code: true, text: true } },
          photos: {
            where: { kind: "before" },
            select: { photoId: true, photo: { select: { sha256: true, mimeType: true } } },
            orderBy: { photoId: "asc" },
          },
        },
      },
    },
  });
  const found = new Set(rows.map((r) => r.findingId));
  const missing = input.findingIds.filter((id) => !found.has(id));
  if (missing.length) {
    throw new DomainError("not_found", "error.not_found", { entity: "task", id: missing[0] ?? "" });
  }
  const byUnit = new Map<string, UnitNotice>();
  for (const row of rows) {
    if (!row.unit) {
      throw new DomainError(
        "conflict",
        "workflow.not_dispatched",
        {},
        { findingIds: "workflow.not_dispatched" },
      );
    }
    let notice = byUnit.get(row.unit.id);
    if (!notice) {
      notice = { unitName: row.unit.name, headName: row.unit.contacts[0]?.name ?? null, tasks: [] };
      byUnit.set(row.unit.id, notice);
    }
    const photos: NoticeTask["photos"] = [];
    const photoIds = row.finding.photos.slice(0, PHOTOS_PER_TASK).map((p) => p.photoId);
    for (const { photo } of options.withBytes ? row.finding.photos : []) {
      if (photos.length >= PHOTOS_PER_TASK) break;
      const type =
        photo.mimeType === "image/jpeg" ? "jpg" : photo.mimeType === "image/png" ? "png" : null;
      if (type) photos.push({ bytes: await loadPhotoBytes(ctx.prisma, photo.sha256), type });
    }
    notice.tasks.push({
      code: row.finding.code,
      siteName: row.finding.site.name,
      address: row.finding.site.address,
      category: ctx.locale === "en" ? row.finding.categoryRef.nameEn : row.finding.categoryRef.name,
      description: row.finding.description,
      foundAt: row.finding.foundAt,
      deadline: fromDateColumn(row.deadline),
      standard: row.finding.standard,
      photos,
      photoIds,
    });
  }
  return [...byUnit.values()].sort((a, b) => a.unitName.localeCompare(b.unitName, "zh"));
}
