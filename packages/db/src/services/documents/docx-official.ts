// The GB/T 9704-2012 layout of Chinese official documents, as docx building blocks: A4 with
// the standard's margins, the red 发文机关标志 and separator line, 文号, the title in 方正小标宋简体,
// body in 仿宋_GB2312 三号 on a fixed 28 pt line, headings in 黑体 and 楷体_GB2312, and page
// numbers "— 1 —" in 宋体 四号, odd pages on the right and even on the left.
// Fonts are named, not embedded: Word on a government PC has them; elsewhere it substitutes.
import {
  AlignmentType,
  BorderStyle,
  Footer,
  type ISectionOptions,
  LineRuleType,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from "docx";

export const FONT = {
  title: "方正小标宋简体",
  body: "仿宋_GB2312",
  heading1: "黑体",
  heading2: "楷体_GB2312",
  pageNumber: "宋体",
} as const;

const RED = "FF0000";
/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小初 36 pt. */
export const SIZE = { title: 44, body: 32, small: 28, header: 72, table: 24 } as const;
/** Fixed 28 pt lines (in twips), 22 lines on a page. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const;
const TWIPS_PER_MM = 56.7;

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });

export function run(
  text: string,
  options: { font?: string; size?: number; bold?: boolean; color?: string } = {},
) {
  return new TextRun({
    text,
    font: font(options.font ?? FONT.body),
    size: options.size ?? SIZE.body,
    ...(options.bold ? { bold: true } : {}),
    ...(options.color ? { color: options.color } : {}),
  });
}

/** A body paragraph: first line indented two characters. */
export function body(text: string | ParagraphChild[]): Paragraph {
  return new Paragraph({
    children: typeof text === "string" ? [run(text)] : text,
    indent: { firstLine: 640 },
    spacing: LINE,
    alignment: AlignmentType.JUSTIFIED,
  });
}

/** 一、 level heading (黑体) or （一） level heading (楷体). */
export function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({
    children: [run(text, { font: level === 1 ? FONT.heading1 : FONT.heading2 })],
    indent: { firstLine: 640 },
    spacing: LINE,
  });
}

/** The red 发文机关标志, the 文号 and the red separator line under it. */
export function redHeader(issuer: string, docNumber: string): Paragraph[] {
  return [
    new Paragraph({
      children: [run(issuer, { font: FONT.title, size: SIZE.header, color: RED })],
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 480 },
    }),
    new Paragraph({
      children: [run(docNumber)],
      alignment: AlignmentType.CENTER,
      spacing: { after: 120 },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: RED, space: 12 } },
    }),
  ];
}

export function title(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, { font: FONT.title, size: SIZE.title })],
    alignment: AlignmentType.CENTER,
    spacing: { before: 560, after: 560, line: 700, lineRule: LineRuleType.EXACT },
  });
}

/** The issuer and date at the end, right-aligned. */
export function signature(issuer: string, date: string): Paragraph[] {
  return [issuer, date].map(
    (text, i) =>
      new Paragraph({
        children: [run(text)],
        alignment: AlignmentType.RIGHT,
        indent: { right: 640 },
        spacing: { ...LINE, ...(i === 0 ? { before: 560 } : {}) },
      }),
  );
}

function pageNumberFooter(alignment: (typeof AlignmentType)["RIGHT" | "LEFT"]): Footer {
  const size = SIZE.small;
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: alignment === AlignmentType.RIGHT ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ["— ", PageNumber.CURRENT, " —"],
            font: font(FONT.pageNumber),
            size,
          }),
        ],
      }),
    ],
  });
}

/** One A4 section with the standard's margins (top 37, bottom 35, left 28, right 26 mm). */
export function officialSection(children: ISectionOptions["children"]): ISectionOptions {
  return {
    properties: {
      page: {
        size: { width: 11906, height: 16838 },
        margin: {
          top: Math.round(37 * TWIPS_PER_MM),
          bottom: Math.round(35 * TWIPS_PER_MM),
          left: Math.round(28 * TWIPS_PER_MM),
          right: Math.round(26 * TWIPS_PER_MM),
          footer: Math.round(20 * TWIPS_PER_MM),
        },
        pageNumbers: { start: 1 },
      },
    },
    footers: {
      default: pageNumberFooter(AlignmentType.RIGHT),
      even: pageNumberFooter(AlignmentType.LEFT),
    },
    children,
  };
}
