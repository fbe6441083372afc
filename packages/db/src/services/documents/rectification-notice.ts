import {
  type Actor,
  type RectificationNoticeInput,
  type RectificationNoticeView,
  shanghaiDate,
} from "@cw/domain";
import type { ServiceContext } from "../service-context.ts";
import { DOCX_MIME, storeGeneratedDocument } from "./generated-documents.ts";
import { readRectificationNotices } from "./rectification-notice-data.ts";
import { renderRectificationNoticesDocx } from "./rectification-notice-docx.ts";

const NAMES = {
  "zh-CN": { rectification_notice: "整改通知书", supervision_order: "督办单" },
  en: { rectification_notice: "Rectification notice", supervision_order: "Supervision order" },
};

/** 整改通知书 / 督办单 for the chosen tasks, one per unit, kept in the documents list. */
export async function generateRectificationNotice(
  ctx: ServiceContext<Actor>,
  input: RectificationNoticeInput,
): Promise<{ id: string; url: string; fileName: string }> {
  const notices = await readRectificationNotices(ctx, input);
  const issuedOn = shanghaiDate(ctx.now);
  const bytes = await renderRectificationNoticesDocx(notices, input, ctx.locale, issuedOn);
  const name = NAMES[ctx.locale][input.form];
  const units = notices.map((n) => n.unitName);
  const title = `${name}（${units.length === 1 ? units[0] : `${units.length} 个单位`}）`;
  const fileName = `${name}-${input.docNumber.replace(/[\\/:*?"<>|]/g, "_")}.docx`;
  const stored = await storeGeneratedDocument(ctx, {
    kind: "rectification_notice",
    title,
    fileName,
    mimeType: DOCX_MIME,
    params: input,
    rowCount: notices.reduce((n, u) => n + u.tasks.length, 0),
    bytes,
    byteSize: bytes.length,
  });
  return { ...stored, fileName };
}

/** The print view's data: the notices without the photos' bytes (the browser loads them). */
export async function readRectificationNoticeView(
  ctx: ServiceContext<Actor>,
  input: { findingIds: string[] },
): Promise<RectificationNoticeView> {
  const notices = await readRectificationNotices(ctx, input, { withBytes: false });
  return {
    units: notices.map((n) => ({
      unitName: n.unitName,
      headName: n.headName,
      tasks: n.tasks.map(({ photos: _bytes, ...task }) => task),
    })),
  };
}
