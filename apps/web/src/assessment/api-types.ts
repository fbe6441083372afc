import type { AppRouter } from "@cw/server";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";

// The API's own output types (erased at build time), so screens never restate its shapes.
type Outputs = inferRouterOutputs<AppRouter>;
type Inputs = inferRouterInputs<AppRouter>;

export type ScoreOverview = Outputs["scores"]["overview"];
export type ProjectedScore = Outputs["scores"]["projected"];
export type LosingStandard = Outputs["scores"]["losing"][number];
export type ScoreHistoryPoint = Outputs["scores"]["history"][number];
export type AssessmentSystem = Outputs["assessmentSystems"]["list"][number];
export type AssessmentTree = Outputs["assessmentSystems"]["tree"];
export type Requirement = Outputs["materials"]["list"]["items"][number];
export type MaterialAction = Inputs["materials"]["transition"]["action"];
export type SurveySummary = Outputs["surveys"]["list"][number];
export type SurveyRates = Outputs["surveys"]["rates"];
export type SurveyRate = SurveyRates["measures"][number]["rate"];
export type SectionScore = ScoreOverview["systems"][number]["sections"][number];
export type NodeScore = ScoreOverview["systems"][number]["items"][number];
