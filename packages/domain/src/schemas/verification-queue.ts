import { z } from "zod";
import { latitudeSchema, longitudeSchema } from "./common.ts";
import { taskListItemSchema } from "./findings.ts";

/**
 * The verifier's queue (待复查): fixes awaiting verification that this person may verify (not
 * their own submission). With the phone's position, nearest first; without, the longest
 * waiting first.
 */
export const verificationQueueInputSchema = z
  .object({
    latitude: latitudeSchema.optional(),
    longitude: longitudeSchema.optional(),
    limit: z.number().int().min(1).max(100).default(50),
  })
  .refine((p) => (p.latitude === undefined) === (p.longitude === undefined), {
    message: "field.required",
    path: ["longitude"],
  });
export type VerificationQueueInput = z.infer<typeof verificationQueueInputSchema>;

export const verificationQueueItemSchema = taskListItemSchema.extend({
  submittedAt: z.date().nullable(),
  /** Metres from the position given to the finding (or its site), rounded; null without one. */
  distanceMeters: z.number().int().nullable(),
});
export type VerificationQueueItem = z.infer<typeof verificationQueueItemSchema>;
export const verificationQueueOutputSchema = z.object({
  items: z.array(verificationQueueItemSchema),
});
