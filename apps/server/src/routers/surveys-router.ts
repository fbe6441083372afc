import {
  addSurveyResponse,
  createSurvey,
  getSurvey,
  importSurveyResponses,
  listSurveys,
  readSurveyRates,
  updateSurvey,
} from "@cw/db";
import {
  ALL_ROLES,
  addSurveyResponseInputSchema,
  createSurveyInputSchema,
  importSurveyResponsesInputSchema,
  importSurveyResponsesOutputSchema,
  listSurveysInputSchema,
  surveyIdInput,
  surveyListOutputSchema,
  surveyRatesInputSchema,
  surveyRatesOutputSchema,
  surveyResponseSchema,
  surveySchema,
  updateSurveyInputSchema,
} from "@cw/domain";
import { allow, router } from "../trpc.ts";

/**
 * 问卷调查: coordinators and admins set surveys up and import answer sheets; survey takers
 * (inspectors, coordinators) enter questionnaires one by one; everyone reads the rates.
 */
export const surveysRouter = router({
  create: allow("coordinator", "admin")
    .input(createSurveyInputSchema)
    .output(surveySchema)
    .mutation(({ ctx, input }) => createSurvey(ctx.svc, input)),

  update: allow("coordinator", "admin")
    .input(updateSurveyInputSchema)
    .output(surveySchema)
    .mutation(({ ctx, input }) => updateSurvey(ctx.svc, input)),

  list: allow(...ALL_ROLES)
    .input(listSurveysInputSchema)
    .output(surveyListOutputSchema)
    .query(({ ctx, input }) => listSurveys(ctx.svc, input)),

  get: allow(...ALL_ROLES)
    .input(surveyIdInput)
    .output(surveySchema)
    .query(({ ctx, input }) => getSurvey(ctx.svc, input)),

  addResponse: allow("coordinator", "inspector")
    .input(addSurveyResponseInputSchema)
    .output(surveyResponseSchema)
    .mutation(({ ctx, input }) => addSurveyResponse(ctx.svc, input)),

  import: allow("coordinator", "admin")
    .input(importSurveyResponsesInputSchema)
    .output(importSurveyResponsesOutputSchema)
    .mutation(({ ctx, input }) => importSurveyResponses(ctx.svc, input)),

  rates: allow(...ALL_ROLES)
    .input(surveyRatesInputSchema)
    .output(surveyRatesOutputSchema)
    .query(({ ctx, input }) => readSurveyRates(ctx.svc, input)),
});
