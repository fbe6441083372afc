import { Transform, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  type Actor,
  shanghaiDate,
  type TaskExportInput,
  taskExportHeading,
  taskExportInputSchema,
} from "@cw/domain";
import { heavyWork } from "../heavy-work.ts";
import type { ServiceContext } from "../service-context.ts";
import { storeGeneratedDocument, XLSX_MIME } from "./generated-documents.ts";
import { writeTaskExportXlsx } from "./task-export-xlsx.ts";

/** "问题清单-20260930.xlsx": the preset's name and the day it was taken. */
export function taskExportFileName(ctx: ServiceContext<Actor>, input: TaskExportInput): string {
  const day = shanghaiDate(ctx.now).replaceAll("-", "");
  return `${taskExportHeading(ctx.locale, input.preset)}-${day}.xlsx`;
}

/**
 * Streams the Excel list of the task list's current view to `out` and records it in the
 * documents list (who exported which filters and how many rows, when). One export or import
 * at a time in the process (heavyWork): 50,000 rows need ~66 MB of heap while they stream.
 */
export function exportTaskList(
  ctx: ServiceContext<Actor>,
  input: TaskExportInput,
  out: Writable,
  onRows?: (written: number) => void,
): Promise<TaskExportResult> {
  return heavyWork(() => writeExport(ctx, input, out, onRows));
}

interface TaskExportResult {
  rows: number;
  pictures: number;
  fileName: string;
}

async function writeExport(
  ctx: ServiceContext<Actor>,
  input: TaskExportInput,
  out: Writable,
  onRows?: (written: number) => void,
): Promise<TaskExportResult> {
  const fileName = taskExportFileName(ctx, input);
  let bytes = 0;
  // Counted as they pass, for the documents list; the workbook itself is never held.
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done(null, chunk);
    },
  });
  // Both awaited together: when the download is abandoned the pipe fails first, and the writer
  // stops with it (abandonedDownload).
  const [result] = await Promise.all([
    writeTaskExportXlsx(ctx, input, counter, onRows),
    pipeline(counter, out),
  ]);
  await storeGeneratedDocument(ctx, {
    kind: "task_list",
    title: fileName.replace(/\.xlsx$/, ""),
    fileName,
    mimeType: XLSX_MIME,
    params: input,
    rowCount: result.rows,
    bytes: null,
    byteSize: bytes,
  });
  return { ...result, fileName };
}

/** A stored export's params read back through the schema (they were valid when stored). */
export const taskExportParams = (params: unknown): TaskExportInput =>
  taskExportInputSchema.parse(params);
