import { type Locale, RECTIFICATION_NOTICE_TEXT, type RectificationNoticeInput } from "@cw/domain";
import {
  AlignmentType,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from "docx";
import {
  body,
  FONT,
  heading,
  officialSection,
  redHeader,
  run,
  SIZE,
  signature,
  title,
} from "./docx-official.ts";
import type { UnitNotice } from "./rectification-notice-data.ts";
import { beijingMinute } from "./task-export-xlsx.ts";

const pair = (label: string, value: string) =>
  new TableRow({
    children: [
      new TableCell({
        width: { size: 25, type: WidthType.PERCENTAGE },
        children: [
          new Paragraph({ children: [run(label, { size: SIZE.table, font: FONT.heading1 })] }),
        ],
      }),
      new TableCell({
        children: [new Paragraph({ children: [run(value, { size: SIZE.table })] })],
      }),
    ],
  });

const fullWidth = (rows: TableRow[]) =>
  new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });

/** One notice per unit (each its own section, so each starts on a new page), with reply slip. */
export async function renderRectificationNoticesDocx(
  notices: UnitNotice[],
  input: RectificationNoticeInput,
  locale: Locale,
  issuedOn: string,
): Promise<Buffer> {
  const t = RECTIFICATION_NOTICE_TEXT[locale];
  const formTitle = t[input.form];
  const sections = notices.map((notice) =>
    officialSection([
      ...redHeader(input.issuer, input.docNumber),
      title(formTitle),
      new Paragraph({ children: [run(t.to(notice.unitName))] }),
      body(t.intro(notice.tasks.length, input.form)),
      ...notice.tasks.flatMap((task, i) => [
        heading(t.item(i), 2),
        fullWidth(
          [
            task.code,
            task.siteName,
            task.address,
            task.category,
            task.description,
            beijingMinute(task.foundAt),
            task.standard ? `${task.standard.code} ${task.standard.text}` : "—",
            task.deadline ?? "—",
          ].map((value, f) => pair(t.fields[f] as string, value)),
        ),
        ...task.photos.map(
          (photo) =>
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new ImageRun({
                  type: photo.type,
                  data: photo.bytes,
                  transformation: { width: 240, height: 180 },
                }),
              ],
            }),
        ),
      ]),
      body(t.reply(input.replyWithinDays)),
      ...signature(input.issuer, issuedOn),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 480, after: 240 },
        children: [run(t.cut, { size: SIZE.table })],
      }),
      fullWidth(
        t.slip.map((label, i) =>
          pair(label, i === 0 ? input.docNumber : i === 2 ? t.photosAttached : ""),
        ),
      ),
    ]),
  );
  const doc = new Document({
    creator: input.issuer,
    title: formTitle,
    evenAndOddHeaderAndFooters: true,
    sections,
  });
  return Packer.toBuffer(doc);
}
