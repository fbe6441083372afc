import { z } from "zod";

/**
 * Settings an admin can change. Rules from the 2023–2024 "formalism at the fingertips"
 * guidance make reminders and photo demands configurable rather than fixed.
 */
export const campaignSettingsSchema = z.object({
  /** A task is "due soon" (blue) when its deadline is within this many working days. */
  dueSoonWorkingDays: z.number().int().min(0).max(30).default(2),
  /** An assigned task nobody claimed for this many hours is flagged. */
  unclaimedAfterHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(24),
  /** Submitting a fix needs at least one evidence photo. */
  requireEvidencePhoto: z.boolean().default(true),
  /** Closing after verification needs the verifier's own photo. */
  requireVerificationPhoto: z.boolean().default(false),
  /** Largest photo accepted, in bytes. */
  maxPhotoBytes: z
    .number()
    .int()
    .min(100_000)
    .max(50 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  /** How long a sign-in lasts without use, in hours. */
  sessionIdleHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /**
   * A unit with fewer tasks than this is listed in the overview's unit rankings but not given
   * a rank: a rate over two or three tasks says little, and ranking it would be unfair.
   */
  rankingMinTasks: z.number().int().min(1).max(1000).default(5),
  /** Largest materials file (PDF, Office document, image) accepted, in bytes. */
  maxMaterialBytes: z
    .number()
    .int()
    .min(100_000)
    .max(100 * 1024 * 1024)
    .default(20 * 1024 * 1024),
});
export type CampaignSettings = z.infer<typeof campaignSettingsSchema>;

export const DEFAULT_SETTINGS: CampaignSettings = campaignSettingsSchema.parse({});
