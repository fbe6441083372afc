import { z } from "zod";

/**
 * Scoring weights. All are observed practice, not law (domain.md), so admins can change them;
 * the defaults are the commonly reported ones.
 */
export const scoringSettingsSchema = z.object({
  /** Points of each section out of 100: field inspection, materials, survey. */
  sectionWeights: z
    .object({
      field: z.number().min(0).max(100),
      materials: z.number().min(0).max(100),
      survey: z.number().min(0).max(100),
    })
    .default({ field: 40, materials: 40, survey: 20 }),
  /** Weights of the three years of a cycle, in percent. */
  yearWeights: z
    .tuple([z.number().min(0), z.number().min(0), z.number().min(0)])
    .default([15, 25, 60]),
  /** Below this Minors' system score the city may not apply. */
  minorsGate: z.number().min(0).max(100).default(85),
  /** Share of the city total that the Minors' system counts for, in percent. */
  minorsShare: z.number().min(0).max(100).default(20),
  /** A survey rate from fewer answers than this is shown as "sample too small", not a number. */
  minSurveySample: z.number().int().min(1).default(30),
  /** First year of the current three-year cycle (e.g. 2024 for 2024–2026). */
  cycleStartYear: z.number().int().min(2000).max(2100).default(2024),
  /** The score the city aims for, per system, shown against the projection. */
  targets: z
    .object({ civilized_city: z.number(), minors: z.number(), villages_towns: z.number() })
    .default({ civilized_city: 90, minors: 90, villages_towns: 85 }),
});
export type ScoringSettings = z.infer<typeof scoringSettingsSchema>;
export const DEFAULT_SCORING: ScoringSettings = scoringSettingsSchema.parse({});
