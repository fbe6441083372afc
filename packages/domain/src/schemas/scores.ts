import { z } from "zod";
import { scoringSettingsSchema } from "../assessment/scoring-settings.ts";
import { SECTIONS } from "../assessment/vocabulary.ts";

const sectionScore = z.object({
  section: z.enum(SECTIONS),
  weight: z.number(),
  score: z.number(),
  rate: z.number().nullable(),
});
const nodeScore = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  level: z.enum(["item", "indicator", "content"]),
  code: z.string(),
  title: z.string(),
  points: z.number(),
  earned: z.number(),
  lost: z.number(),
});
const systemRef = z.object({
  id: z.uuid(),
  kind: z.string(),
  edition: z.number().int(),
  name: z.string(),
  isSample: z.boolean(),
});

export const systemIdInput = z.object({ systemId: z.uuid() });

export const projectedScoreOutputSchema = z.object({
  system: systemRef,
  target: z.number(),
  total: z.number(),
  sections: z.array(sectionScore),
  negativeListDeduction: z.number(),
  nodes: z.array(nodeScore),
  standards: z.array(
    z.object({
      standardId: z.uuid(),
      code: z.string(),
      text: z.string(),
      points: z.number(),
      rate: z.number(),
      earned: z.number(),
      lost: z.number(),
      measured: z.boolean(),
      negativeList: z.boolean(),
      sections: z.record(z.string(), z.number()),
    }),
  ),
});

export const scoreOverviewOutputSchema = z.object({
  systems: z.array(
    z.object({
      system: systemRef,
      total: z.number(),
      target: z.number(),
      sections: z.array(sectionScore),
      items: z.array(nodeScore),
    }),
  ),
  cityTotal: z
    .object({ total: z.number(), eligible: z.boolean().nullable(), minorsGate: z.number() })
    .nullable(),
  cycle: z
    .object({
      years: z.array(
        z.object({
          year: z.number().int(),
          score: z.number(),
          source: z.enum(["snapshot", "projection"]),
        }),
      ),
      total: z.number(),
    })
    .nullable(),
});

export const losingStandardsInputSchema = z.object({
  systemId: z.uuid(),
  limit: z.number().int().min(1).max(200).default(20),
});
export const losingStandardsOutputSchema = z.array(
  z.object({
    standardId: z.uuid(),
    code: z.string(),
    text: z.string(),
    points: z.number(),
    earned: z.number(),
    lost: z.number(),
    measured: z.boolean(),
    negativeList: z.boolean(),
    openFindings: z.number().int(),
    overdueTasks: z.number().int(),
  }),
);

export const scoreHistoryOutputSchema = z.array(
  z.object({ id: z.uuid(), takenAt: z.date(), total: z.number() }),
);
export const snapshotOutputSchema = z.object({
  id: z.uuid(),
  takenAt: z.date(),
  total: z.number(),
});

export const scoringSettingsOutputSchema = scoringSettingsSchema;
/** Only the keys given change; defaults are not re-applied to the others. */
export const scoringSettingsUpdateSchema = z
  .object({
    sectionWeights: z.object({
      field: z.number().min(0).max(100),
      materials: z.number().min(0).max(100),
      survey: z.number().min(0).max(100),
    }),
    yearWeights: z.tuple([z.number().min(0), z.number().min(0), z.number().min(0)]),
    minorsGate: z.number().min(0).max(100),
    minorsShare: z.number().min(0).max(100),
    minSurveySample: z.number().int().min(1),
    cycleStartYear: z.number().int().min(2000).max(2100),
    targets: z.object({
      civilized_city: z.number(),
      minors: z.number(),
      villages_towns: z.number(),
    }),
  })
  .partial()
  .strict();
