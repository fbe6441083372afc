import { z } from "zod";
import { formatMessage, type Locale } from "../messages.ts";
import { idSchema } from "../schemas/common.ts";
import { TREE_COLUMN_LABEL_KEYS, TREE_COLUMNS, type TreeRowError } from "./tree-rows.ts";
import { editionSchema, systemNameSchema } from "./tree-schemas.ts";
import { systemKindSchema } from "./vocabulary.ts";

// Import and export of a whole system as a file. The file travels as base64 inside the tRPC
// call: a manual is well under the limit, and no separate upload endpoint is needed.

export const TREE_FILE_FORMATS = ["xlsx", "csv"] as const;
export const treeFileFormatSchema = z.enum(TREE_FILE_FORMATS);
export type TreeFileFormat = z.infer<typeof treeFileFormatSchema>;

export const MAX_TREE_FILE_BYTES = 5 * 1024 * 1024;
/** Base64 takes 4 characters per 3 bytes. */
export const MAX_TREE_FILE_BASE64 = Math.ceil(MAX_TREE_FILE_BYTES / 3) * 4;

export const importTargetSchema = z.discriminatedUnion("mode", [
  /** A new system: kind and edition must not exist yet. */
  z.object({
    mode: z.literal("new"),
    kind: systemKindSchema,
    edition: editionSchema,
    name: systemNameSchema,
  }),
  /**
   * The tree of an existing system is replaced: rows are matched by code and updated; what
   * the file no longer has is retired, so references to it stay intact.
   */
  z.object({ mode: z.literal("replace"), systemId: idSchema, name: systemNameSchema.optional() }),
]);
export type ImportTarget = z.infer<typeof importTargetSchema>;

export const importTreeInputSchema = z.object({
  format: treeFileFormatSchema,
  file: z
    .string()
    .max(MAX_TREE_FILE_BASE64, "assessment.import.too_large")
    .pipe(z.base64("assessment.import.unreadable")),
  target: importTargetSchema,
});
export type ImportTreeInput = z.infer<typeof importTreeInputSchema>;

export const importSummarySchema = z.object({
  nodesCreated: z.number().int(),
  nodesUpdated: z.number().int(),
  nodesRetired: z.number().int(),
  standardsCreated: z.number().int(),
  standardsUpdated: z.number().int(),
  standardsRetired: z.number().int(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const treeImportErrorSchema = z.object({
  row: z.number().int(),
  column: z.enum(TREE_COLUMNS),
  /** The column's header in the user's language. */
  columnLabel: z.string(),
  messageKey: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  /** "第 3 行“分值”：…" / "Row 3, Points: …" */
  message: z.string(),
});
export type TreeImportError = z.infer<typeof treeImportErrorSchema>;

/** Either the whole file was written, or nothing was and here is every problem. */
export const importTreeOutputSchema = z.discriminatedUnion("ok", [
  z.object({ ok: z.literal(true), systemId: z.uuid(), summary: importSummarySchema }),
  z.object({ ok: z.literal(false), errors: z.array(treeImportErrorSchema) }),
]);
export type ImportTreeOutput = z.infer<typeof importTreeOutputSchema>;

export const exportTreeInputSchema = z.object({
  systemId: idSchema,
  format: treeFileFormatSchema,
});
export type ExportTreeInput = z.infer<typeof exportTreeInputSchema>;

export const exportTreeOutputSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});
export type ExportTreeOutput = z.infer<typeof exportTreeOutputSchema>;

/** Row errors with their column and message in the user's language. */
export function localizeTreeErrors(
  errors: readonly TreeRowError[],
  locale: Locale,
): TreeImportError[] {
  return errors.map((error) => {
    const columnLabel = formatMessage(TREE_COLUMN_LABEL_KEYS[error.column], locale);
    const detail = formatMessage(error.messageKey, locale, error.params);
    return {
      ...error,
      columnLabel,
      message: formatMessage("assessment.import.row_error", locale, {
        row: error.row,
        column: columnLabel,
        detail,
      }),
    };
  });
}
