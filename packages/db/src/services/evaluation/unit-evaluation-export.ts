import { type Actor, type EvaluationInput, evaluationLabels, shanghaiDate } from "@cw/domain";
import { storeGeneratedDocument, XLSX_MIME } from "../documents/generated-documents.ts";
import type { ServiceContext } from "../service-context.ts";
import { readUnitEvaluation } from "./unit-evaluation.ts";
import { renderUnitEvaluationXlsx } from "./unit-evaluation-xlsx.ts";

/** The evaluation in Excel, kept in the documents list (bytes stored: the scores move daily). */
export async function exportUnitEvaluation(
  ctx: ServiceContext<Actor>,
  input: EvaluationInput,
): Promise<{ id: string; url: string; fileName: string }> {
  const data = await readUnitEvaluation(ctx, input);
  const bytes = await renderUnitEvaluationXlsx(data, input, ctx.locale);
  const title = evaluationLabels(ctx.locale).title;
  const fileName = `${title}-${shanghaiDate(ctx.now).replaceAll("-", "")}.xlsx`;
  const stored = await storeGeneratedDocument(ctx, {
    kind: "unit_evaluation",
    title,
    fileName,
    mimeType: XLSX_MIME,
    params: input,
    rowCount: data.units.length,
    bytes,
    byteSize: bytes.length,
  });
  return { ...stored, fileName };
}
