export { importSurveyResponses } from "./survey-import.ts";
export { addSurveyResponse } from "./survey-responses.ts";
export { createSurvey, getSurvey, listSurveys, updateSurvey } from "./surveys.ts";
