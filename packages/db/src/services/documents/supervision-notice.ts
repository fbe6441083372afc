import {
  type Actor,
  type CalendarDate,
  type SupervisionNoticeInput,
  shanghaiDate,
} from "@cw/domain";
import type { ServiceContext } from "../service-context.ts";
import { DOCX_MIME, storeGeneratedDocument } from "./generated-documents.ts";
import { readSupervisionNotice } from "./supervision-notice-data.ts";
import { renderSupervisionNoticeDocx } from "./supervision-notice-docx.ts";

/** Generates a 督查通报, keeps it in the documents list and returns where to download it. */
export async function generateSupervisionNotice(
  ctx: ServiceContext<Actor>,
  input: SupervisionNoticeInput,
): Promise<{ id: string; url: string; fileName: string }> {
  return storeNotice(ctx, ctx, input);
}

/**
 * The weekly 通报 the job queue sends (issue 10): the same document for a period, generated
 * by the server itself (no person acts: the documents list shows no author). The numbers are
 * read city-wide, as a leader sees them.
 */
export async function renderWeeklySupervisionNotice(
  ctx: ServiceContext<Actor | null>,
  period: { from: CalendarDate; to: CalendarDate },
  words: Pick<SupervisionNoticeInput, "issuer" | "docNumber" | "title" | "closing">,
  dedupeKey?: string,
): Promise<{ id: string; url: string; fileName: string }> {
  const reader: ServiceContext<Actor> = { ...ctx, actor: ctx.actor ?? CITY_WIDE_READER };
  return storeNotice(ctx, reader, { ...words, ...period }, dedupeKey);
}

/** Reads as a leader does (every unit); used only to read, never stamped on a write. */
const CITY_WIDE_READER: Actor = {
  id: "00000000-0000-0000-0000-000000000000",
  role: "leader",
  unitId: null,
  displayName: "system",
};

async function storeNotice(
  writer: ServiceContext<Actor | null>,
  reader: ServiceContext<Actor>,
  input: SupervisionNoticeInput,
  dedupeKey?: string,
) {
  const data = await readSupervisionNotice(reader, input);
  const issuedOn = shanghaiDate(writer.now);
  const bytes = await renderSupervisionNoticeDocx(data, writer.locale, issuedOn);
  const fileName = `${input.title}-${issuedOn.replaceAll("-", "")}.docx`;
  const stored = await storeGeneratedDocument(writer, {
    kind: "supervision_notice",
    title: input.title,
    fileName,
    mimeType: DOCX_MIME,
    params: input,
    rowCount: data.units.length,
    bytes,
    byteSize: bytes.length,
    ...(dedupeKey ? { dedupeKey } : {}),
  });
  return { ...stored, fileName };
}
