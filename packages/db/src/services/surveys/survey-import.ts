import {
  type Actor,
  DomainError,
  formatMessage,
  type ImportSurveyResponsesInput,
  type ImportSurveyResponsesOutput,
  SURVEY_IMPORT_MAX_BYTES,
  surveyImportChecker,
  surveyRowAnswers,
} from "@cw/domain";
import { recordAudit } from "../audit.ts";
import { heavyWork } from "../heavy-work.ts";
import type { ServiceContext } from "../service-context.ts";
import { insertResponses, loadSurveyForAnswers } from "./survey-responses.ts";
import { readSurveyRows } from "./survey-table.ts";

/** A 10 MB file of ~20,000 rows takes a few seconds on PGlite; the default 5 s is too tight. */
const IMPORT_TIMEOUT_MS = 120_000;
/**
 * Responses per pair of INSERTs. Small on purpose: Prisma keeps the arguments of its last 100
 * debug calls whether or not debugging is on (`@prisma/debug`'s history), and the plan of a
 * raw statement it logs carries the statement's parameters, so what a statement sends stays in
 * the heap for the next hundred. At 500 responses (35,000 answers) that held ~5 MB per
 * statement and a 20,000 × 80 import ran a 160 MB heap out; at 50 it peaked at 129 MB
 * (docs/performance.md).
 */
const INSERT_CHUNK = 50;

/**
 * Imports a file of responses, all or nothing: every row and column is checked first (format,
 * answers, times within the survey period, respondent numbers repeated in the file or already
 * stored), and nothing is written unless the whole file is valid. The problems come back in
 * the caller's language. A valid file is written in one transaction with one audit event.
 * One import or export at a time in the process (heavyWork): it needs ~60 MB of heap.
 */
export function importSurveyResponses(
  ctx: ServiceContext<Actor>,
  input: ImportSurveyResponsesInput,
): Promise<ImportSurveyResponsesOutput> {
  return heavyWork(() => importFile(ctx, input));
}

async function importFile(
  ctx: ServiceContext<Actor>,
  input: ImportSurveyResponsesInput,
): Promise<ImportSurveyResponsesOutput> {
  const { prisma, locale } = ctx;
  const bytes = Buffer.from(input.content, "base64");
  if (bytes.length > SURVEY_IMPORT_MAX_BYTES)
    throw new DomainError(
      "bad_request",
      "survey.file_too_large",
      { limitMb: SURVEY_IMPORT_MAX_BYTES / 1024 / 1024 },
      { content: "survey.file_too_large" },
    );
  const { survey, questionId, periodStart, periodEnd } = await loadSurveyForAnswers(
    prisma,
    input.surveyId,
  );
  // Respondent numbers only (never answers): a few thousand short strings per survey.
  const stored = await prisma.surveyResponse.findMany({
    where: { surveyId: survey.id },
    select: { respondentRef: true },
  });
  // Row by row as the file is read: a 20,000 × 80 file is 1.6 million cells, more than the
  // server's heap takes at once; what the check keeps is one string of marks per row.
  const checker = surveyImportChecker({
    questionCodes: survey.questions.map((q) => q.code),
    periodStart,
    periodEnd,
    existingRefs: new Set(stored.map((r) => r.respondentRef)),
  });
  await readSurveyRows(bytes, input.format, (cells, row) => checker.add(cells, row));
  const check = checker.finish();
  if (check.issues.length)
    return {
      ok: false,
      truncated: check.truncated,
      errors: check.issues.map((issue) => ({
        row: issue.row,
        column: issue.column,
        key: issue.key,
        message: formatMessage(issue.key, locale, issue.params),
      })),
    };

  // The checked rows in the database's terms, a chunk at a time (not a second copy of all).
  const chunk = (from: number) =>
    check.rows.slice(from, from + INSERT_CHUNK).map((r) => ({
      respondentRef: r.respondentRef,
      respondedAt: r.respondedAt,
      answers: surveyRowAnswers(check.questionCodes, r.answers).map((a) => ({
        questionId: questionId.get(a.questionCode.toUpperCase()) as string,
        positive: a.positive,
      })),
    }));
  // A response entered by hand between the check and here trips the unique index, which
  // rolls the whole import back and is reported as a duplicate.
  const counts = await prisma.$transaction(
    async (tx) => {
      const written = { responses: 0, answers: 0 };
      for (let from = 0; from < check.rows.length; from += INSERT_CHUNK) {
        const counts = await insertResponses(tx, survey.id, chunk(from));
        written.responses += counts.responses;
        written.answers += counts.answers;
      }
      await recordAudit(tx, ctx, {
        entityType: "survey",
        entityId: survey.id,
        action: "import_responses",
        after: {
          fileName: input.fileName ?? null,
          format: input.format,
          bytes: bytes.length,
          responses: written.responses,
          answers: written.answers,
        },
      });
      return written;
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: IMPORT_TIMEOUT_MS },
  );
  return { ok: true, responses: counts.responses, answers: counts.answers };
}
