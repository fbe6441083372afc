import type { Locale } from "@cw/domain";
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
import type { NoticeUnit, SupervisionNoticeData } from "./supervision-notice-data.ts";
import { beijingMinute } from "./task-export-xlsx.ts";

const T = {
  "zh-CN": {
    overview: "一、总体情况",
    units: "二、各责任单位整改情况",
    overdue: "三、逾期未整改问题",
    ranking: "四、按期整改率排名",
    closing: "五、下一步工作要求",
    unitHead: ["责任单位", "交办问题", "已销号", "按期销号", "逾期未改", "被督办"],
    rankHead: ["名次", "责任单位", "按期整改率", "交办问题", "逾期未改"],
    none: "无。",
    more: (n: number) => `另有 ${n} 项逾期问题，详见问题清单。`,
    rankNote: (min: number) => `（交办问题不少于 ${min} 项的单位参加排名。）`,
    summary: (d: SupervisionNoticeData, found: number) =>
      `${d.input.from} 至 ${d.input.to}，共发现并交办问题 ${found} 个，涉及点位 ${d.tiles.siteCount} 个。截至 ${beijingMinute(d.tiles.asOf)}，已整改销号 ${d.tiles.closedTasks} 个，按期整改率 ${pct(d.tiles.onTimeShare)}；尚未整改 ${d.tiles.openFindings} 个，其中逾期 ${d.tiles.overdueFindings} 个。`,
    item: (
      code: string,
      site: string,
      desc: string,
      deadline: string | null,
      days: number | null,
    ) => `${code}　${site}：${desc}（整改期限 ${deadline ?? "—"}，已逾期 ${days ?? 0} 天）`,
  },
  en: {
    overview: "1. Overview",
    units: "2. Rectification by responsible unit",
    overdue: "3. Overdue findings",
    ranking: "4. Ranking by on-time share",
    closing: "5. Next steps",
    unitHead: ["Unit", "Found", "Closed", "On time", "Overdue", "Escalated"],
    rankHead: ["Rank", "Unit", "On-time share", "Found", "Overdue"],
    none: "None.",
    more: (n: number) => `${n} more overdue findings: see the findings list.`,
    rankNote: (min: number) => `(Units with at least ${min} tasks are ranked.)`,
    summary: (d: SupervisionNoticeData, found: number) =>
      `From ${d.input.from} to ${d.input.to}, ${found} findings were dispatched at ${d.tiles.siteCount} sites. As of ${beijingMinute(d.tiles.asOf)}, ${d.tiles.closedTasks} are closed, on-time share ${pct(d.tiles.onTimeShare)}; ${d.tiles.openFindings} are open, ${d.tiles.overdueFindings} of them overdue.`,
    item: (
      code: string,
      site: string,
      desc: string,
      deadline: string | null,
      days: number | null,
    ) => `${code} ${site}: ${desc} (deadline ${deadline ?? "—"}, ${days ?? 0} days overdue)`,
  },
};

/** A share as the notice prints it: "66.7%", or "—" when nothing was judged. */
export const pct = (share: number | null) =>
  share === null ? "—" : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;

function cell(text: string, header = false) {
  return new TableCell({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run(text, { size: SIZE.table, font: header ? FONT.heading1 : FONT.body })],
      }),
    ],
  });
}

function table(head: string[], rows: string[][]) {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: head.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

export const unitTableRow = (u: NoticeUnit) => [
  u.unitName,
  String(u.tasks),
  String(u.closed),
  String(u.closedOnTime),
  String(u.overdue),
  String(u.escalated),
];

/** The 督查通报 as a .docx file (GB/T 9704 layout, docx-official.ts). */
export async function renderSupervisionNoticeDocx(
  data: SupervisionNoticeData,
  locale: Locale,
  issuedOn: string,
): Promise<Buffer> {
  const t = T[locale];
  const found = data.units.reduce((sum, u) => sum + u.tasks, 0);
  const overdueBlocks = data.overdue.flatMap((unit) => [
    heading(`${unit.unitName}（${unit.total}）`, 2),
    ...unit.items.flatMap((item) => [
      body(t.item(item.code, item.siteName, item.description, item.deadline, item.daysOverdue)),
      ...(item.photo
        ? [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [
                new ImageRun({
                  type: item.photo.type,
                  data: item.photo.bytes,
                  transformation: { width: 240, height: 180 },
                }),
              ],
            }),
          ]
        : []),
    ]),
    ...(unit.total > unit.items.length ? [body(t.more(unit.total - unit.items.length))] : []),
  ]);
  const doc = new Document({
    creator: data.input.issuer,
    title: data.input.title,
    evenAndOddHeaderAndFooters: true,
    sections: [
      officialSection([
        ...redHeader(data.input.issuer, data.input.docNumber),
        title(data.input.title),
        heading(t.overview, 1),
        body(t.summary(data, found)),
        heading(t.units, 1),
        table(t.unitHead, data.units.map(unitTableRow)),
        heading(t.overdue, 1),
        ...(overdueBlocks.length ? overdueBlocks : [body(t.none)]),
        heading(t.ranking, 1),
        body(t.rankNote(data.minTasks)),
        data.ranked.length
          ? table(
              t.rankHead,
              data.ranked.map((u) => [
                String(u.onTimeRank),
                u.unitName,
                pct(u.onTimeShare),
                String(u.tasks),
                String(u.overdue),
              ]),
            )
          : body(t.none),
        heading(t.closing, 1),
        ...data.input.closing
          .split(/\n+/)
          .filter((p) => p.trim())
          .map((p) => body(p.trim())),
        ...signature(data.input.issuer, issuedOn),
      ]),
    ],
  });
  return Packer.toBuffer(doc);
}
