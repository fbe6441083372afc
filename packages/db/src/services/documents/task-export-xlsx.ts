import { once } from "node:events";
import type { Writable } from "node:stream";
import {
  type Actor,
  PHOTO_COLUMNS,
  statusLabel,
  TASK_EXPORT_PRESET_COLUMNS,
  type TaskExportColumn,
  type TaskExportInput,
  taskExportHeading,
} from "@cw/domain";
import type { ServiceContext } from "../service-context.ts";
import { loadExcelJS } from "../tables/load-exceljs.ts";
import { abandonedDownload } from "./abandoned-download.ts";
import { loadPhotoBytes } from "./photo-bytes.ts";
import { type TaskExportRow, taskExportPages } from "./task-export-rows.ts";
import { StreamedSheetPictures } from "./xlsx-drawing.ts";

const THUMB = { width: 96, height: 72 };
const WIDTH: Partial<Record<TaskExportColumn, number>> = {
  code: 16,
  site: 22,
  address: 28,
  unit: 18,
  description: 40,
  lastProgress: 30,
  foundAt: 17,
  verifiedAt: 17,
  beforePhoto: 15,
  afterPhoto: 15,
};

const beijing = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});
/** "2026-09-30 12:00", Beijing time: what staff read, not a zone-less Excel date. */
export const beijingMinute = (at: Date) => beijing.format(at);

/**
 * Streams the task list as one worksheet to `out`: the rows of `taskExportPages` (the list's
 * own pages), committed page by page and waiting for `out` to drain, with the preset's
 * columns and photo thumbnails in their cells. `onRows` reports progress.
 */
export async function writeTaskExportXlsx(
  ctx: ServiceContext<Actor>,
  input: TaskExportInput,
  out: Writable,
  onRows: (written: number) => void = () => {},
): Promise<{ rows: number; pictures: number }> {
  const columns = TASK_EXPORT_PRESET_COLUMNS[input.preset];
  const abandoned = abandonedDownload(out);
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = ctx.actor.displayName;
  workbook.created = ctx.now;
  const sheet = workbook.addWorksheet(taskExportHeading(ctx.locale, input.preset), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  sheet.columns = columns.map((key) => ({
    key,
    header: taskExportHeading(ctx.locale, key),
    width: WIDTH[key] ?? 12,
  }));
  const pictures = new StreamedSheetPictures(THUMB.width, THUMB.height);
  pictures.attach(sheet);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const categories = new Map(
    (
      await ctx.prisma.findingCategory.findMany({
        select: { code: true, name: true, nameEn: true },
      })
    ).map((c) => [c.code, ctx.locale === "en" ? c.nameEn : c.name]),
  );
  const hasPhotos = columns.some((c) => PHOTO_COLUMNS.includes(c));
  let rows = 0;
  for await (const page of taskExportPages(ctx, input)) {
    for (const item of page) {
      rows += 1;
      const row = sheet.addRow(columns.map((key) => cellValue(ctx, item, key, categories)));
      row.alignment = { vertical: "top", wrapText: true };
      if (hasPhotos) {
        row.height = THUMB.height * 0.75 + 4; // points
        columns.forEach((key, column) => {
          const photo =
            key === "beforePhoto"
              ? item.beforePhoto
              : key === "afterPhoto"
                ? item.afterPhoto
                : null;
          if (photo) pictures.add(rows, column, photo);
        });
      }
      row.commit();
    }
    onRows(rows);
    if (out.writableNeedDrain) await Promise.race([once(out, "drain"), abandoned]);
    if (out.destroyed) await abandoned;
  }
  sheet.commit();
  pictures.appendParts(workbook, (sha256) => loadPhotoBytes(ctx.prisma, sha256));
  await Promise.race([workbook.commit(), abandoned]);
  return { rows, pictures: pictures.pictureCount };
}

function cellValue(
  ctx: ServiceContext<Actor>,
  item: TaskExportRow,
  key: TaskExportColumn,
  categories: Map<string, string>,
): string | number | null {
  switch (key) {
    case "code":
      return item.code;
    case "site":
      return item.siteName;
    case "siteType":
      return item.siteTypeName;
    case "address":
      return item.address;
    case "unit":
      return item.unitName;
    case "owner":
      return item.ownerName;
    case "category":
      return categories.get(item.category) ?? item.category;
    case "standardCode":
      return item.standardCode;
    case "description":
      return item.description;
    case "foundAt":
      return beijingMinute(item.foundAt);
    case "deadline":
      return item.deadline;
    case "status":
      return statusLabel(ctx.locale, item.status);
    case "daysOverdue":
      return item.daysOverdue;
    case "lastProgress":
      return item.lastProgress;
    case "verifiedBy":
      return item.verifiedByName;
    case "verifiedAt":
      return item.verifiedAt ? beijingMinute(item.verifiedAt) : null;
    case "beforePhoto":
    case "afterPhoto":
      return null;
  }
}
