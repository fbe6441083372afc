import type { Locale, RectificationNoticeInput } from "@cw/domain";
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

const T = {
  "zh-CN": {
    rectification_notice: "整改通知书",
    supervision_order: "督办单",
    to: (unit: string) => `${unit}：`,
    intro: (n: number, form: string) =>
      form === "supervision_order"
        ? `经督查，你单位负责的以下 ${n} 个问题整改不力，现予督办。请主要负责同志亲自过问，于整改期限前整改到位，并按期报送整改情况。`
        : `经检查，你单位负责的点位存在以下 ${n} 个问题。请对照测评标准，于整改期限前整改到位，并按期报送整改情况。`,
    item: (i: number) =>
      `（${["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][i] ?? i + 1}）问题 ${i + 1}`,
    fields: [
      "问题编号",
      "点位",
      "地址",
      "问题类别",
      "问题描述",
      "发现时间",
      "测评标准",
      "整改期限",
    ],
    reply: (days: number) => `请于收到本通知 ${days} 个工作日内填写回执，连同整改后照片报送。`,
    cut: "------------------------------- 回　执 -------------------------------",
    slip: [
      "通知书文号",
      "整改完成情况",
      "整改后照片",
      "责任人",
      "联系电话",
      "完成日期",
      "单位负责人（签字）",
      "单位（盖章）",
    ],
    photosAttached: "（附后）",
  },
  en: {
    rectification_notice: "Rectification notice",
    supervision_order: "Supervision order",
    to: (unit: string) => `To ${unit}:`,
    intro: (n: number, form: string) =>
      form === "supervision_order"
        ? `The following ${n} findings of your unit are behind. Your head of unit is asked to see that they are fixed by their deadlines and to report back.`
        : `The inspection found the following ${n} problems at sites your unit is responsible for. Please fix them by their deadlines, against the standards named, and report back.`,
    item: (i: number) => `Finding ${i + 1}`,
    fields: ["Code", "Site", "Address", "Category", "Description", "Found", "Standard", "Deadline"],
    reply: (days: number) =>
      `Return the reply slip with photos of the fix within ${days} working days.`,
    cut: "------------------------------- Reply slip -------------------------------",
    slip: [
      "Notice number",
      "What was done",
      "Photos after",
      "Owner",
      "Phone",
      "Date fixed",
      "Head of unit (signature)",
      "Unit (seal)",
    ],
    photosAttached: "(attached)",
  },
};

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
  const t = T[locale];
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
