import {
  generateRectificationNotice,
  generateSupervisionNotice,
  listGeneratedDocuments,
  readRectificationNoticeView,
} from "@cw/db";
import {
  ALL_ROLES,
  documentListInputSchema,
  documentListOutputSchema,
  generatedFileSchema,
  rectificationNoticeInputSchema,
  rectificationNoticeViewInputSchema,
  rectificationNoticeViewSchema,
  supervisionNoticeInputSchema,
} from "@cw/domain";
import { allow, router } from "../trpc.ts";

/**
 * Documents that leave the system. The files themselves travel over plain HTTP
 * (http/document-routes.ts); these procedures generate the Word documents and list what was
 * generated, by whom and when.
 */
export const documentsRouter = router({
  /** Unit officers and inspectors see the documents they generated; other roles all. */
  list: allow(...ALL_ROLES)
    .input(documentListInputSchema)
    .output(documentListOutputSchema)
    .query(({ ctx, input }) => listGeneratedDocuments(ctx.svc, input)),

  /** A 督查通报 (.docx) for a period, inspection or unit set; the coordinator's words printed. */
  supervisionNotice: allow("coordinator", "admin")
    .input(supervisionNoticeInputSchema)
    .output(generatedFileSchema)
    .mutation(({ ctx, input }) => generateSupervisionNotice(ctx.svc, input)),

  /** 整改通知书 / 督办单 for one task or a selection: one notice per unit, with reply slip. */
  rectificationNotice: allow("coordinator", "admin")
    .input(rectificationNoticeInputSchema)
    .output(generatedFileSchema)
    .mutation(({ ctx, input }) => generateRectificationNotice(ctx.svc, input)),

  /** The same notices for the browser's print view (`/documents/notice-print`). */
  rectificationNoticeView: allow("coordinator", "admin")
    .input(rectificationNoticeViewInputSchema)
    .output(rectificationNoticeViewSchema)
    .query(({ ctx, input }) => readRectificationNoticeView(ctx.svc, input)),
});
