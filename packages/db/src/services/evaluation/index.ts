export {
  loadEvaluationSettings,
  readEvaluationSettings,
  updateEvaluationSettings,
} from "./evaluation-settings.ts";
export { readUnitEvaluation } from "./unit-evaluation.ts";
export { exportUnitEvaluation } from "./unit-evaluation-export.ts";
